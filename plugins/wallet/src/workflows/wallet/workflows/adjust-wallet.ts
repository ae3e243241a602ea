import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { BigNumberInput } from "@medusajs/framework/types"
import { recordWalletEntryStep } from "../steps/record-wallet-entry"

export type AdjustWalletWorkflowInput = {
  wallet_id: string
  type: "credit" | "debit"
  amount: BigNumberInput
  /** Required: every manual move says why, and the entry keeps it with the admin who made it. */
  reason: string
  actor_id: string
  idempotency_key: string
}

export const adjustWalletWorkflowId = "adjust-wallet"

/** An operator's manual credit or debit, audited on the entry (actor + reason) and as an event. */
export const adjustWalletWorkflow = createWorkflow(adjustWalletWorkflowId, (input: AdjustWalletWorkflowInput) => {
  const entryInput = transform({ input }, ({ input }) => ({
    wallet_id: input.wallet_id,
    type: input.type,
    amount: input.amount,
    idempotency_key: `adjustment:${input.idempotency_key}`,
    reference_type: "adjustment",
    actor_type: "user",
    actor_id: input.actor_id,
    note: input.reason,
  }))
  const entry = recordWalletEntryStep(entryInput)
  emitEventStep({
    eventName: "wallet.adjusted",
    data: transform({ entry }, ({ entry }) => ({ id: entry.id, wallet_id: entry.wallet_id, actor_id: entry.actor_id })),
  })
  return new WorkflowResponse(entry)
})
