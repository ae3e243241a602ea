import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_TIERS_MODULE } from "../../../modules/pricing-tiers"
import type { PricingTiersModuleService } from "../../../modules/pricing-tiers/service"

export type ReviewTierApplicationInput = {
  id: string
  status: "approved" | "rejected"
  review_note?: string | null
  reviewed_by?: string | null
}

export const reviewTierApplicationStepId = "review-tier-application"

/** Decides a pending application once; a decided one answers 400 so a double click changes nothing. */
export const reviewTierApplicationStep = createStep(
  reviewTierApplicationStepId,
  async (input: ReviewTierApplicationInput, { container }) => {
    const service = container.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
    const [application] = await service.listPricingTierApplications({ id: input.id }, { relations: ["tier"] })
    if (!application) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Application ${input.id} was not found`)
    }
    if (application.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Application ${input.id} was already ${application.status}`)
    }
    const updated = await service.updatePricingTierApplications({
      id: input.id,
      status: input.status,
      review_note: input.review_note ?? null,
      reviewed_by: input.reviewed_by ?? null,
      reviewed_at: new Date(),
    })
    return new StepResponse({ application: { ...updated, tier: application.tier }, tier: application.tier }, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE).updatePricingTierApplications({
      id,
      status: "pending",
      review_note: null,
      reviewed_by: null,
      reviewed_at: null,
    })
  }
)
