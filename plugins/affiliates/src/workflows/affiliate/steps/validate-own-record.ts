import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { affiliateOfCustomer } from "../../../lib/affiliate-of"
import { recordsOf } from "./records"

/** A code or link of the calling customer's own affiliate account (another's is a 404). */
export const validateOwnRecordStep = createStep(
  "validate-own-affiliate-record",
  async (input: { customer_id: string; entity: "AffiliateCode" | "AffiliateLink"; id: string }, { container }) => {
    const affiliate = await affiliateOfCustomer(container, input.customer_id, false)
    const [record] = await recordsOf(container, input.entity).list({ id: input.id, affiliate_id: affiliate.id })
    if (!record) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${input.entity === "AffiliateCode" ? "Code" : "Link"} ${input.id} was not found`)
    }
    return new StepResponse(record)
  }
)
