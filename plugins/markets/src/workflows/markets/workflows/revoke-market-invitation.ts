import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeMarketInvitationStep, type RevokeMarketInvitationInput } from "../steps/revoke-market-invitation"

export const revokeMarketInvitationWorkflow = createWorkflow(
  "revoke-market-invitation",
  (input: RevokeMarketInvitationInput) => new WorkflowResponse(revokeMarketInvitationStep(input))
)
