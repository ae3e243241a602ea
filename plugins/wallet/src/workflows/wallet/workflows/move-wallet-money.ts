import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { WalletOwner, WalletReferenceType } from "../../../modules/wallet"
import { ensureWalletStep } from "../steps/ensure-wallet"
import { recordWalletEntryStep } from "../steps/record-wallet-entry"

export type MoveWalletMoneyWorkflowInput = WalletOwner & {
  type: "credit" | "debit"
  amount: BigNumberInput
  idempotency_key: string
  reference_type?: WalletReferenceType
  reference_id?: string
  actor_type?: string
  actor_id?: string
  note?: string
}

export const moveWalletMoneyWorkflowId = "move-wallet-money"

/**
 * Credits or debits an owner's wallet, creating it on first use. The public entry point for other
 * plugins (affiliate commissions, market earnings): they name the owner, never a wallet row.
 */
export const moveWalletMoneyWorkflow = createWorkflow(
  moveWalletMoneyWorkflowId,
  (input: MoveWalletMoneyWorkflowInput) => {
    const owner = transform({ input }, ({ input }) => ({
      owner_type: input.owner_type,
      owner_id: input.owner_id,
      currency_code: input.currency_code,
    }))
    const wallet = ensureWalletStep(owner)
    const entryInput = transform({ input, wallet }, ({ input, wallet }) => ({
      wallet_id: wallet.id,
      type: input.type,
      amount: input.amount,
      idempotency_key: input.idempotency_key,
      reference_type: input.reference_type ?? null,
      reference_id: input.reference_id ?? null,
      actor_type: input.actor_type ?? null,
      actor_id: input.actor_id ?? null,
      note: input.note ?? null,
    }))
    return new WorkflowResponse(recordWalletEntryStep(entryInput))
  }
)
