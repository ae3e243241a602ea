import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRecordsStep } from "../steps/create-records"
import { updateRecordsStep } from "../steps/update-records"
import { prepareApplicationStep, type ApplicationInput } from "../steps/prepare-application"

export type ApplyAffiliateWorkflowInput = ApplicationInput

/** A customer applies to become an affiliate (marketer); a platform admin decides. */
export const applyAffiliateWorkflow = createWorkflow("apply-affiliate", (input: ApplyAffiliateWorkflowInput) => {
  const plan = prepareApplicationStep(input)
  const created = createRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "Affiliate" as const, data: plan.create })))
  const updated = updateRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "Affiliate" as const, updates: plan.update })))
  return new WorkflowResponse(transform({ created, updated }, ({ created, updated }) => (created[0] ?? updated[0]) as { id: string }))
})
