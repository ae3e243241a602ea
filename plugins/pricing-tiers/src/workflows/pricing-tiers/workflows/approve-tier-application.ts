import { emitEventStep, linkCustomersToCustomerGroupWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PricingTierEvents } from "../../../lib/constants"
import { refreshCustomerCartsStep } from "../steps/refresh-customer-carts"
import { reviewTierApplicationStep } from "../steps/review-tier-application"

export const approveTierApplicationWorkflowId = "approve-tier-application"

/** Approval moves the customer into the tier's group and re-prices their open carts at once. */
export const approveTierApplicationWorkflow = createWorkflow(
  approveTierApplicationWorkflowId,
  (input: { id: string; review_note?: string | null; reviewed_by?: string | null }) => {
    const reviewInput = transform({ input }, ({ input }) => ({ ...input, status: "approved" as const }))
    const { application, tier } = reviewTierApplicationStep(reviewInput)
    const linkInput = transform({ application, tier }, ({ application, tier }) => ({
      id: tier.customer_group_id!,
      add: [application.customer_id],
    }))
    linkCustomersToCustomerGroupWorkflow.runAsStep({ input: linkInput })
    const customer = transform({ application }, ({ application }) => ({ customer_id: application.customer_id }))
    refreshCustomerCartsStep(customer)
    const eventData = transform({ application, tier }, ({ application, tier }) => ({
      id: application.id,
      customer_id: application.customer_id,
      tier_id: tier.id,
      tier_handle: tier.handle,
      tier_name: tier.name,
      phone: application.phone ?? null,
    }))
    emitEventStep({ eventName: PricingTierEvents.APPLICATION_APPROVED, data: eventData })
    return new WorkflowResponse(application)
  }
)
