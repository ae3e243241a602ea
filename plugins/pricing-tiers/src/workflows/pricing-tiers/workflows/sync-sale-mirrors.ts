import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncSaleMirrorsStep } from "../steps/sync-sale-mirrors"

export const syncSaleMirrorsWorkflowId = "sync-sale-mirrors"

/** Gives every public sale a copy tier members rank beside their tier prices (see lib/sale-mirrors). */
export const syncSaleMirrorsWorkflow = createWorkflow(syncSaleMirrorsWorkflowId, () => {
  return new WorkflowResponse(syncSaleMirrorsStep())
})
