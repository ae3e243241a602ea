import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { first } from "../steps/first"
import { createRecordsStep } from "../steps/create-records"
import { updateRecordsStep } from "../steps/update-records"
import { validateNewCodeStep } from "../steps/validate-new-code"
import { validateOwnRecordStep } from "../steps/validate-own-record"

/** An approved affiliate adds a human code (stored lower-case; unique regardless of case). */
export const createAffiliateCodeWorkflow = createWorkflow("create-affiliate-code", (input: { customer_id: string; code: string }) => {
  const valid = validateNewCodeStep(input)
  const code = first(createRecordsStep(transform({ valid }, ({ valid }) => ({ entity: "AffiliateCode" as const, data: [valid] }))))
  return new WorkflowResponse(code)
})

/** The affiliate disables (or enables again) one of their codes; a disabled code attributes nothing. */
export const updateAffiliateCodeWorkflow = createWorkflow(
  "update-affiliate-code",
  (input: { customer_id: string; id: string; disabled: boolean }) => {
    validateOwnRecordStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, entity: "AffiliateCode" as const, id: input.id })))
    const code = first(updateRecordsStep(
      transform({ input }, ({ input }) => ({
        entity: "AffiliateCode" as const,
        updates: [{ id: input.id, disabled_at: input.disabled ? new Date() : null }],
      }))
    ))
    return new WorkflowResponse(code)
  }
)
