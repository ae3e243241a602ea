import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { acquireLockStep, addOrderTransactionStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ensureWalletStep } from "../steps/ensure-wallet"
import { recordWalletEntryStep } from "../steps/record-wallet-entry"
import { validateWalletRefundStep } from "../steps/validate-wallet-refund"

export type RefundToWalletWorkflowInput = {
  order_id: string
  amount: BigNumberInput
  note?: string
  actor_id: string
  idempotency_key: string
}

export const refundToWalletWorkflowId = "refund-to-wallet"

/**
 * Refunds (part of) an order's captured payment to the customer's wallet instead of the gateway:
 * the usual way back for Iranian gateways past their reversal window. The order records it as a
 * refund transaction, so its paid/refunded totals stay true.
 */
export const refundToWalletWorkflow = createWorkflow(refundToWalletWorkflowId, (input: RefundToWalletWorkflowInput) => {
  // Two refunds of one order must not both pass the refundable check.
  acquireLockStep({ key: transform({ input }, ({ input }) => `wallet-refund:${input.order_id}`), timeout: 10, ttl: 60 })
  const order = validateWalletRefundStep({ order_id: input.order_id, amount: input.amount })
  const wallet = ensureWalletStep(
    transform({ order }, ({ order }) => ({
      owner_type: "customer" as const,
      owner_id: order.customer_id,
      currency_code: order.currency_code,
    }))
  )
  const entry = recordWalletEntryStep(
    transform({ input, wallet }, ({ input, wallet }) => ({
      wallet_id: wallet.id,
      type: "credit" as const,
      amount: input.amount,
      idempotency_key: `order-refund:${input.order_id}:${input.idempotency_key}`,
      reference_type: "refund",
      reference_id: input.order_id,
      actor_type: "user",
      actor_id: input.actor_id,
      note: input.note ?? null,
    }))
  )
  addOrderTransactionStep(
    transform({ input, order, entry }, ({ input, order, entry }) => ({
      order_id: input.order_id,
      amount: MathBN.mult(input.amount, -1),
      currency_code: order.currency_code,
      reference: "refund",
      reference_id: entry.id,
    }))
  )
  releaseLockStep({ key: transform({ input }, ({ input }) => `wallet-refund:${input.order_id}`) })
  emitEventStep({
    eventName: "wallet.order_refunded",
    data: transform({ input, entry }, ({ input, entry }) => ({ order_id: input.order_id, entry_id: entry.id })),
  })
  return new WorkflowResponse(entry)
})
