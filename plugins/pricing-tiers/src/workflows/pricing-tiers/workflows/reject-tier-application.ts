import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PricingTierEvents } from "../../../lib/constants"
import { reviewTierApplicationStep } from "../steps/review-tier-application"

export const rejectTierApplicationWorkflowId = "reject-tier-application"

export const rejectTierApplicationWorkflow = createWorkflow(
  rejectTierApplicationWorkflowId,
  (input: { id: string; review_note?: string | null; reviewed_by?: string | null }) => {
    const reviewInput = transform({ input }, ({ input }) => ({ ...input, status: "rejected" as const }))
    const { application, tier } = reviewTierApplicationStep(reviewInput)
    const eventData = transform({ application, tier }, ({ application, tier }) => ({
      id: application.id,
      customer_id: application.customer_id,
      tier_id: tier.id,
      tier_handle: tier.handle,
      tier_name: tier.name,
      phone: application.phone ?? null,
      review_note: application.review_note ?? null,
    }))
    emitEventStep({ eventName: PricingTierEvents.APPLICATION_REJECTED, data: eventData })
    return new WorkflowResponse(application)
  }
)
