import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeMarketMemberStep, type RevokeMarketMemberInput } from "../steps/revoke-market-member"

export const revokeMarketMemberWorkflow = createWorkflow("revoke-market-member", (input: RevokeMarketMemberInput) => {
  return new WorkflowResponse(revokeMarketMemberStep(input))
})
