import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PricingTierEvents } from "../../../lib/constants"
import { createTierApplicationStep, type CreateTierApplicationInput } from "../steps/create-tier-application"

export const applyForTierWorkflowId = "apply-for-tier"

export const applyForTierWorkflow = createWorkflow(applyForTierWorkflowId, (input: CreateTierApplicationInput) => {
  const { application } = createTierApplicationStep(input)
  const eventData = transform({ application }, ({ application }) => ({
    id: application.id,
    customer_id: application.customer_id,
    tier_id: input.tier_id,
  }))
  emitEventStep({ eventName: PricingTierEvents.APPLICATION_CREATED, data: eventData })
  return new WorkflowResponse(application)
})
