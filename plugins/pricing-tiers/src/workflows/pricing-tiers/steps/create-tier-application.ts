import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_TIERS_MODULE } from "../../../modules/pricing-tiers"
import type { PricingTiersModuleService } from "../../../modules/pricing-tiers/service"
import { currentCustomerGroupIds } from "../../../lib/tier-context"

export type CreateTierApplicationInput = {
  customer_id: string
  tier_id: string
  business_name: string
  business_type?: string | null
  phone?: string | null
  national_id?: string | null
  city?: string | null
  note?: string | null
}

export const createTierApplicationStepId = "create-tier-application"

export const createTierApplicationStep = createStep(
  createTierApplicationStepId,
  async (input: CreateTierApplicationInput, { container }) => {
    const service = container.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
    const [tier] = await service.listPricingTiers({ id: input.tier_id })
    if (!tier || tier.is_retail || !tier.customer_group_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Choose a tier to apply for other than retail")
    }
    const groups = await currentCustomerGroupIds(container, input.customer_id)
    if (groups.includes(tier.customer_group_id)) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `You are already in the ${tier.name} tier`)
    }
    const [open] = await service.listPricingTierApplications(
      { customer_id: input.customer_id, tier_id: tier.id, status: "pending" },
      { select: ["id"] }
    )
    if (open) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Your application for the ${tier.name} tier is already under review`)
    }
    const { tier_id, ...details } = input
    const application = await service.createPricingTierApplications({ ...details, tier_id })
    return new StepResponse({ application, tier }, application.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE).deletePricingTierApplications(id)
    }
  }
)
