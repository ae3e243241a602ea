import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRecordsStep } from "../steps/create-records"
import { deleteRecordsStep } from "../steps/delete-records"
import { updateRecordsStep } from "../steps/update-records"
import { validateRuleStep, type RuleInput } from "../steps/validate-rule"

/** Creates a commission rule, or updates the one that already covers its scope and target. */
export const saveCommissionRuleWorkflow = createWorkflow("save-affiliate-commission-rule", (input: RuleInput) => {
  const plan = validateRuleStep(input)
  const created = createRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "AffiliateCommissionRule" as const, data: plan.create })))
  const updated = updateRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "AffiliateCommissionRule" as const, updates: plan.update })))
  return new WorkflowResponse(transform({ created, updated }, ({ created, updated }) => created[0] ?? updated[0]))
})

export const deleteCommissionRuleWorkflow = createWorkflow("delete-affiliate-commission-rule", (input: { id: string }) => {
  deleteRecordsStep(transform({ input }, ({ input }) => ({ entity: "AffiliateCommissionRule" as const, ids: [input.id] })))
  return new WorkflowResponse({ id: input.id, deleted: true })
})
