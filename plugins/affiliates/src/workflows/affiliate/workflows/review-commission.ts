import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { first } from "../steps/first"
import { updateRecordsStep } from "../steps/update-records"
import { validateReviewStep } from "../steps/validate-review"

/** A platform admin decides a flagged commission: cleared (paid in the normal course) or rejected. */
export const reviewAffiliateCommissionWorkflow = createWorkflow(
  "review-affiliate-commission",
  (input: { id: string; decision: "approve" | "reject"; note?: string | null }) => {
    const updates = validateReviewStep(input)
    const commission = first(updateRecordsStep(transform({ updates }, ({ updates }) => ({ entity: "AffiliateCommission" as const, updates }))))
    return new WorkflowResponse(commission)
  }
)
