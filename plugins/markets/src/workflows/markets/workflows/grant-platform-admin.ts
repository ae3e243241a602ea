import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPlatformAdminStep } from "../steps/create-platform-admin"

/** Gives a user platform rights (every market, every admin route). */
export const grantPlatformAdminWorkflow = createWorkflow("grant-platform-admin", (input: { user_id: string }) => {
  return new WorkflowResponse(createPlatformAdminStep(input))
})
