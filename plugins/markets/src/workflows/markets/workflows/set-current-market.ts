import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setCurrentMarketStep, type SetCurrentMarketInput } from "../steps/set-current-market"

export const setCurrentMarketWorkflow = createWorkflow("set-current-market", (input: SetCurrentMarketInput) => {
  return new WorkflowResponse(setCurrentMarketStep(input))
})
