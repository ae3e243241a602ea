import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateRecordsStep } from "../steps/update-records"
import { transform } from "@medusajs/framework/workflows-sdk"

/** Records fields on commissions (a payout error, a note); status moves have workflows of their own. */
export const updateAffiliateCommissionsWorkflow = createWorkflow(
  "update-affiliate-commissions",
  (input: { updates: ({ id: string } & Record<string, unknown>)[] }) => {
    const updated = updateRecordsStep(transform({ input }, ({ input }) => ({ entity: "AffiliateCommission" as const, updates: input.updates })))
    return new WorkflowResponse(updated)
  }
)
