import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_TIERS_MODULE } from "../../../modules/pricing-tiers"
import type { PricingTiersModuleService } from "../../../modules/pricing-tiers/service"

export type UpdatePricingTierData = {
  id: string
  name?: string
  description?: string | null
  priority?: number
  requires_approval?: boolean
}

export const updatePricingTierStepId = "update-pricing-tier"

export const updatePricingTierStep = createStep(
  updatePricingTierStepId,
  async (data: UpdatePricingTierData, { container }) => {
    const service = container.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
    const [before] = await service.listPricingTiers(
      { id: data.id },
      { select: ["id", "name", "description", "priority", "requires_approval"] }
    )
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pricing tier ${data.id} was not found`)
    }
    const updated = await service.updatePricingTiers(data)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const { id, name, description, priority, requires_approval } = before
    await container
      .resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
      .updatePricingTiers({ id, name, description, priority, requires_approval })
  }
)
