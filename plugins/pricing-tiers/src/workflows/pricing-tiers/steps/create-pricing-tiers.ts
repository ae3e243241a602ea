import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_TIERS_MODULE } from "../../../modules/pricing-tiers"
import type { PricingTiersModuleService } from "../../../modules/pricing-tiers/service"

export type CreatePricingTierData = {
  handle: string
  name: string
  description?: string | null
  is_retail?: boolean
  customer_group_id?: string | null
  price_list_id?: string | null
  priority?: number
  requires_approval?: boolean
}

export const createPricingTiersStepId = "create-pricing-tiers"

export const createPricingTiersStep = createStep(
  createPricingTiersStepId,
  async (data: CreatePricingTierData[], { container }) => {
    const service = container.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
    const tiers = await service.createPricingTiers(data)
    return new StepResponse(tiers, tiers.map((tier) => tier.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE).deletePricingTiers(ids)
  }
)
