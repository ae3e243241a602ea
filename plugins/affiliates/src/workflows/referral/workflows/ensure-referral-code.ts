import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureReferralCodeStep } from "../steps/ensure-referral-code"

export const ensureReferralCodeWorkflowId = "ensure-referral-code"

/** A customer's referral code, created the first time they ask for it. */
export const ensureReferralCodeWorkflow = createWorkflow(ensureReferralCodeWorkflowId, (input: { customer_id: string }) => {
  return new WorkflowResponse(ensureReferralCodeStep(input))
})
