import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { WalletOwner } from "../../../modules/wallet"
import { createWithdrawalStep } from "../steps/create-withdrawal"
import { ensureWalletStep } from "../steps/ensure-wallet"
import { recordWalletEntryStep } from "../steps/record-wallet-entry"
import { validateShebaStep } from "../steps/validate-sheba"

export type RequestWithdrawalWorkflowInput = WalletOwner & {
  amount: BigNumberInput
  iban: string
  account_holder: string
  /** The client's retry key: the same key holds the money once. */
  idempotency_key: string
  actor_type?: string
  actor_id?: string
}

export const requestWithdrawalWorkflowId = "request-withdrawal"

/** A payout request: the Sheba is checked and the amount is held until an admin decides. */
export const requestWithdrawalWorkflow = createWorkflow(
  requestWithdrawalWorkflowId,
  (input: RequestWithdrawalWorkflowInput) => {
    const iban = validateShebaStep(transform({ input }, ({ input }) => ({ iban: input.iban })))
    const wallet = ensureWalletStep(
      transform({ input }, ({ input }) => ({
        owner_type: input.owner_type,
        owner_id: input.owner_id,
        currency_code: input.currency_code,
      }))
    )
    const hold = recordWalletEntryStep(
      transform({ input, wallet }, ({ input, wallet }) => ({
        wallet_id: wallet.id,
        type: "hold" as const,
        amount: input.amount,
        idempotency_key: `withdrawal-hold:${wallet.id}:${input.idempotency_key}`,
        reference_type: "withdrawal",
        actor_type: input.actor_type ?? null,
        actor_id: input.actor_id ?? null,
      }))
    )
    const created = createWithdrawalStep(
      transform({ input, wallet, hold, iban }, ({ input, wallet, hold, iban }) => ({
        wallet_id: wallet.id,
        amount: input.amount,
        currency_code: wallet.currency_code,
        iban,
        account_holder: input.account_holder.trim(),
        hold_id: hold.hold_id!,
      }))
    )
    // A replay answers with the first request and tells nobody again.
    when("withdrawal-is-new", { created }, ({ created }) => !created.replayed).then(() => {
      emitEventStep({
        eventName: "wallet.withdrawal.requested",
        data: transform({ created }, ({ created }) => ({ id: created.withdrawal.id })),
      })
    })
    return new WorkflowResponse(transform({ created }, ({ created }) => created.withdrawal))
  }
)
