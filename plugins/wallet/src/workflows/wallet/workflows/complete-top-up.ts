import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadPaidTopUpStep } from "../steps/load-paid-top-up"
import { markTopUpCreditedStep } from "../steps/mark-top-up-credited"
import { recordWalletEntryStep } from "../steps/record-wallet-entry"

export type CompleteTopUpWorkflowInput = { payment_collection_id: string }

export const completeTopUpWorkflowId = "complete-wallet-top-up"

/**
 * Credits a paid top-up. Keyed by the top-up, so a replayed gateway return, a reconciliation run and
 * a `payment.captured` event for the same payment all end in one credit.
 */
export const completeTopUpWorkflow = createWorkflow(completeTopUpWorkflowId, (input: CompleteTopUpWorkflowInput) => {
  const topUp = loadPaidTopUpStep({ payment_collection_id: input.payment_collection_id })
  const entry = recordWalletEntryStep(
    transform({ topUp }, ({ topUp }) => ({
      wallet_id: topUp.wallet_id,
      type: "credit" as const,
      amount: topUp.amount,
      idempotency_key: `top-up:${topUp.id}`,
      reference_type: "top_up",
      reference_id: topUp.id,
    }))
  )
  const credited = markTopUpCreditedStep(
    transform({ topUp, entry }, ({ topUp, entry }) => ({ id: topUp.id, entry_id: entry.id }))
  )
  emitEventStep({
    eventName: "wallet.top_up.credited",
    data: transform({ topUp, entry }, ({ topUp, entry }) => ({ id: topUp.id, entry_id: entry.id })),
  })
  return new WorkflowResponse(credited)
})
