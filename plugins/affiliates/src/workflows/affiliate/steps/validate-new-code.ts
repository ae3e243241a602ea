import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"
import { affiliateOfCustomer } from "../../../lib/affiliate-of"
import { normalizeCode } from "../../../lib/hash"

const CODE = /^[a-z0-9][a-z0-9_-]{2,31}$/

/** An approved affiliate's new code: 3–32 letters, digits, `-` or `_`, unique whatever its case. */
export const validateNewCodeStep = createStep("validate-new-affiliate-code", async (input: { customer_id: string; code: string }, { container }) => {
  const affiliate = await affiliateOfCustomer(container, input.customer_id)
  const code = normalizeCode(input.code)
  if (!CODE.test(code)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A code is 3 to 32 latin letters, digits, - or _")
  }
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const [taken] = await service.listAffiliateCodes({ code }, { withDeleted: true })
  if (taken) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `The code ${code} is taken`)
  }
  return new StepResponse({ affiliate_id: affiliate.id, code })
})
