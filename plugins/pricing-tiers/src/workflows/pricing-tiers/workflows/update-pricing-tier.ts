import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePricingTierStep, type UpdatePricingTierData } from "../steps/update-pricing-tier"

export const updatePricingTierWorkflowId = "update-pricing-tier"

export const updatePricingTierWorkflow = createWorkflow(updatePricingTierWorkflowId, (input: UpdatePricingTierData) => {
  return new WorkflowResponse(updatePricingTierStep(input))
})
