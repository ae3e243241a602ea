import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRecordsStep } from "../steps/create-records"
import { updateRecordsStep } from "../steps/update-records"
import { planRefundAdjustmentStep, type RefundAdjustmentInput } from "../steps/plan-refund-adjustment"

/** A market order's refund or cancellation applied to its commission (see the plan step). */
export const adjustCommissionForRefundWorkflow = createWorkflow("adjust-affiliate-commission-for-refund", (input: RefundAdjustmentInput) => {
  const plan = planRefundAdjustmentStep(input)
  const updated = updateRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "AffiliateCommission" as const, updates: plan.updates })))
  createRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "AffiliateCommissionAdjustment" as const, data: plan.adjustments })))
  return new WorkflowResponse(
    transform({ updated, plan }, ({ updated, plan }) => ({ updated, adjusted_affiliate_id: plan.adjustments.length ? plan.affiliate_id : null }))
  )
})
