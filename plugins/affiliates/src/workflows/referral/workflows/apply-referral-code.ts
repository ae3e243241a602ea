import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ReferralSource } from "../../../modules/referral"
import { createReferralStep } from "../steps/create-referral"
import { validateReferralStep, type ValidateReferralInput } from "../steps/validate-referral"

export type ApplyReferralCodeWorkflowInput = ValidateReferralInput & { source: ReferralSource }

export const applyReferralCodeWorkflowId = "apply-referral-code"

/** A new customer names who referred them: once, never themself, before their first order. */
export const applyReferralCodeWorkflow = createWorkflow(
  applyReferralCodeWorkflowId,
  (input: ApplyReferralCodeWorkflowInput) => {
    const validated = validateReferralStep(input)
    const referral = createReferralStep(
      transform({ validated, input }, ({ validated, input }) => ({ ...validated, source: input.source }))
    )
    return new WorkflowResponse(referral)
  }
)
