import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findDueCommissionsStep } from "../steps/find-due-commissions"
import { transitionCommissionsStep } from "../steps/transition-commissions"

/** Approves every pending commission whose hold period is over (not flagged, or cleared by an admin). */
export const approveDueCommissionsWorkflow = createWorkflow("approve-due-affiliate-commissions", (input: { now: string }) => {
  const due = findDueCommissionsStep(input)
  const approved = transitionCommissionsStep(
    transform({ due, input }, ({ due, input }) => ({ ids: due, from: "pending" as const, to: "approved" as const, changes: { approved_at: new Date(input.now) } }))
  )
  return new WorkflowResponse(approved)
})
