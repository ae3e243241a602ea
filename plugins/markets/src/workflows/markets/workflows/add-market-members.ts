import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMarketMembersStep, type CreateMarketMembersInput } from "../steps/create-market-members"

export const addMarketMembersWorkflow = createWorkflow("add-market-members", (input: { members: CreateMarketMembersInput }) => {
  return new WorkflowResponse(createMarketMembersStep(input.members))
})
