import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { GatewayTransactionStatus } from "../../../modules/gateway-transaction"
import { completeGatewayPaymentStep } from "../steps/complete-gateway-payment"
import { inquireGatewayPaymentStep } from "../steps/inquire-gateway-payment"
import { recordGatewayTransactionStep } from "../steps/record-gateway-transaction"
import { resolveGatewaySessionStep } from "../steps/resolve-gateway-session"
import type { GatewayPaymentResult } from "../types"
import { PAYMENT_VERIFIED_EVENT, verifiedEventData } from "./events"

export const reconcileGatewayPaymentWorkflowId = "reconcile-gateway-payment"

/** `now`: the job's clock (ISO), which decides whether the gateway's payable window has closed. */
export type ReconcileGatewayPaymentInput = { session_id: string; now?: string }

const STATUS_FOR: Record<GatewayPaymentResult["outcome"], GatewayTransactionStatus> = {
  verified: "verified",
  failed: "failed",
  pending: "pending",
  expired: "expired",
  waiting: "initiated",
  canceled: "canceled",
  rejected: "rejected",
}

/**
 * Resolves one payment left pending (the browser never came back, or verify got no answer): asks the
 * gateway, then completes it exactly like the return route would, or releases it. Under the same lock
 * as the return route, so a late browser return and the job never both complete it.
 */
export const reconcileGatewayPaymentWorkflow = createWorkflow(
  reconcileGatewayPaymentWorkflowId,
  (input: ReconcileGatewayPaymentInput) => {
    const target = resolveGatewaySessionStep({ session_id: input.session_id })
    acquireLockStep({ key: target.lock_key, timeout: 60, ttl: 120 })
    const inquired = inquireGatewayPaymentStep({ session_id: input.session_id, now: input.now })

    const completed = when("gateway-says-paid", { inquired }, ({ inquired }) => {
      return !inquired.settled && inquired.data.inquiry?.state === "paid"
    }).then(() => completeGatewayPaymentStep({ session_id: input.session_id, cart_id: target.cart_id }))

    const result = transform({ completed, inquired }, ({ completed, inquired }): GatewayPaymentResult | null => {
      if (inquired.settled) {
        return null
      }
      if (completed) {
        return completed
      }
      return inquired.data.inquiry?.state === "unpaid"
        ? { outcome: "expired", newly_verified: false, code: inquired.data.inquiry.code }
        : { outcome: "waiting", newly_verified: false }
    })

    const transaction = when("reconciled", { result }, ({ result }) => !!result).then(() => {
      const record = transform({ result }, ({ result }) => ({
        status: result!.reversal_pending ? ("reversal_pending" as const) : STATUS_FOR[result!.outcome],
        note: `reconciliation: ${result!.outcome}${result!.message ? ` (${result!.message})` : ""}`,
      }))
      return recordGatewayTransactionStep({
        target,
        data: inquired.data,
        status: record.status,
        note: record.note,
        order_id: result!.order_id,
        payment_id: result!.payment_id,
        bank_reference: result!.bank_reference,
        card_pan: result!.card_pan,
        error_code: result!.code,
        error_message: result!.message,
      }).config({ name: "record-gateway-reconciliation" })
    })

    when("top-up-reconciled", { result, target }, ({ result, target }) => !!result?.newly_verified && !target.cart_id).then(() => {
      const eventData = transform({ result, target, inquired, transaction }, ({ result, target, inquired, transaction }) =>
        verifiedEventData({ result: result!, target, attached: inquired, transaction })
      )
      emitEventStep({ eventName: PAYMENT_VERIFIED_EVENT, data: eventData })
    })

    releaseLockStep({ key: target.lock_key })
    return new WorkflowResponse({ result, target })
  }
)
