import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateWithdrawalsStep } from "../steps/update-withdrawals"

export type ExportWithdrawalsWorkflowInput = {
  /** Also include payouts already exported in an earlier batch. */
  include_exported?: boolean
}

export const exportWithdrawalsWorkflowId = "export-withdrawals"

/** The approved payouts for the bank's batch file, each marked with when it was exported. */
export const exportWithdrawalsWorkflow = createWorkflow(
  exportWithdrawalsWorkflowId,
  (input: ExportWithdrawalsWorkflowInput) => {
    const filters = transform({ input }, ({ input }) =>
      input.include_exported ? { status: "approved" } : { status: "approved", exported_at: null }
    )
    const { data: withdrawals } = useQueryGraphStep({
      entity: "wallet_withdrawal",
      fields: ["id", "iban", "account_holder", "amount", "currency_code", "bank_reference", "reviewed_at", "exported_at"],
      filters,
    })
    const marks = transform({ withdrawals }, ({ withdrawals }) => {
      const now = new Date()
      return withdrawals.filter((w) => !w.exported_at).map((w) => ({ id: w.id as string, exported_at: now }))
    })
    updateWithdrawalsStep(marks)
    return new WorkflowResponse(withdrawals)
  }
)
