import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_TIERS_MODULE } from "../../../modules/pricing-tiers"
import type { PricingTiersModuleService } from "../../../modules/pricing-tiers/service"

export const validateNewTierStepId = "validate-new-tier"

/** A handle names one tier, and only one tier may be the retail level. */
export const validateNewTierStep = createStep(
  validateNewTierStepId,
  async (input: { handle: string; is_retail?: boolean }, { container }) => {
    const service = container.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
    const [sameHandle] = await service.listPricingTiers({ handle: input.handle }, { select: ["id"] })
    if (sameHandle) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A pricing tier with handle "${input.handle}" already exists`)
    }
    if (input.is_retail) {
      const [retail] = await service.listPricingTiers({ is_retail: true }, { select: ["id"] })
      if (retail) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "The retail tier already exists; there is only one")
      }
    }
    return new StepResponse(true)
  }
)
