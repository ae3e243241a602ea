import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMarketInvitationStep, type CreateMarketInvitationInput } from "../steps/create-market-invitation"

export const inviteMarketMemberWorkflow = createWorkflow("invite-market-member", (input: CreateMarketInvitationInput) => {
  return new WorkflowResponse(createMarketInvitationStep(input))
})
