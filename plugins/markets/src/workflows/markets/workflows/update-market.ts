import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateMarketStep } from "../steps/update-market"
import type { MarketFields } from "../types"

export type UpdateMarketWorkflowInput = Partial<MarketFields> & { id: string }

/** Market settings a member (owner/manager) or a platform admin may change; status has its own workflow. */
export const updateMarketWorkflow = createWorkflow("update-market", (input: UpdateMarketWorkflowInput) => {
  return new WorkflowResponse(updateMarketStep(input))
})
