import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadPendingWithdrawalStep } from "../steps/load-pending-withdrawal"
import { recordWalletEntryStep } from "../steps/record-wallet-entry"
import { updateWithdrawalsStep } from "../steps/update-withdrawals"

export type ApproveWithdrawalWorkflowInput = { id: string; bank_reference: string; actor_id: string }
export type RejectWithdrawalWorkflowInput = { id: string; reason: string; actor_id: string }

export const approveWithdrawalWorkflowId = "approve-withdrawal"

/** The bank paid out: the hold is captured (debited) and the bank's reference kept. */
export const approveWithdrawalWorkflow = createWorkflow(
  approveWithdrawalWorkflowId,
  (input: ApproveWithdrawalWorkflowInput) => {
    const withdrawal = loadPendingWithdrawalStep({ id: input.id })
    recordWalletEntryStep(
      transform({ input, withdrawal }, ({ input, withdrawal }) => ({
        wallet_id: withdrawal.wallet_id,
        type: "capture" as const,
        hold_id: withdrawal.hold_id,
        idempotency_key: `withdrawal-capture:${withdrawal.id}`,
        reference_type: "withdrawal",
        reference_id: withdrawal.id,
        actor_type: "user",
        actor_id: input.actor_id,
        note: input.bank_reference,
      }))
    )
    const updated = updateWithdrawalsStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "approved" as const,
          bank_reference: input.bank_reference,
          reviewed_by: input.actor_id,
          reviewed_at: new Date(),
        },
      ])
    )
    emitEventStep({ eventName: "wallet.withdrawal.approved", data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

export const rejectWithdrawalWorkflowId = "reject-withdrawal"

/** Refused payout: the hold is released, so the money is spendable again. */
export const rejectWithdrawalWorkflow = createWorkflow(
  rejectWithdrawalWorkflowId,
  (input: RejectWithdrawalWorkflowInput) => {
    const withdrawal = loadPendingWithdrawalStep({ id: input.id })
    recordWalletEntryStep(
      transform({ input, withdrawal }, ({ input, withdrawal }) => ({
        wallet_id: withdrawal.wallet_id,
        type: "release" as const,
        hold_id: withdrawal.hold_id,
        idempotency_key: `withdrawal-release:${withdrawal.id}`,
        reference_type: "withdrawal",
        reference_id: withdrawal.id,
        actor_type: "user",
        actor_id: input.actor_id,
        note: input.reason,
      }))
    )
    const updated = updateWithdrawalsStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "rejected" as const,
          rejection_reason: input.reason,
          reviewed_by: input.actor_id,
          reviewed_at: new Date(),
        },
      ])
    )
    emitEventStep({ eventName: "wallet.withdrawal.rejected", data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
