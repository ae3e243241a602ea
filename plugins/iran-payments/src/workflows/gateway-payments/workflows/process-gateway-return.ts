import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { statusForReading } from "../../../lib/outcome"
import type { RawGatewayReturn } from "../../../lib/types"
import { attachGatewayReturnStep } from "../steps/attach-gateway-return"
import { completeGatewayPaymentStep } from "../steps/complete-gateway-payment"
import { recordGatewayTransactionStep } from "../steps/record-gateway-transaction"
import { resolveGatewaySessionStep } from "../steps/resolve-gateway-session"
import type { GatewayPaymentResult } from "../types"
import { PAYMENT_VERIFIED_EVENT, verifiedEventData } from "./events"

export type ProcessGatewayReturnInput = { gateway: string; session_id: string; raw: RawGatewayReturn }

export const processGatewayReturnWorkflowId = "process-gateway-return"

/**
 * The bank sent the shopper's browser back. Under the payment's lock: read and match the return, record
 * it, and when it says paid verify with the gateway and complete the cart (or authorize the top-up).
 * Replays and concurrent duplicates find the work done and change nothing.
 */
export const processGatewayReturnWorkflow = createWorkflow(
  processGatewayReturnWorkflowId,
  (input: ProcessGatewayReturnInput) => {
    const target = resolveGatewaySessionStep({ session_id: input.session_id, gateway: input.gateway })
    acquireLockStep({ key: target.lock_key, timeout: 60, ttl: 120 })

    const attached = attachGatewayReturnStep({ session_id: input.session_id, raw: input.raw })
    const returnRecord = transform({ attached, input }, ({ attached, input }) => {
      const reading = attached.data.latest_return
      return {
        status: attached.already_verified ? ("verified" as const) : statusForReading(reading),
        note: attached.already_verified
          ? "return received again; already verified"
          : reading?.outcome === "rejected"
            ? reading.reason
            : (reading as { code?: string } | null)?.code
              ? `bank code ${(reading as { code?: string }).code}`
              : undefined,
        error_code: reading?.outcome === "canceled" || reading?.outcome === "failed" ? reading.code : undefined,
        return_payload: { ...input.raw.query, ...input.raw.body },
      }
    })
    const transaction = recordGatewayTransactionStep({
      target,
      data: attached.data,
      status: returnRecord.status,
      note: returnRecord.note,
      error_code: returnRecord.error_code,
      return_payload: returnRecord.return_payload,
    }).config({ name: "record-gateway-return" })

    const completed = when("return-says-paid", { attached }, ({ attached }) => {
      return attached.already_verified || attached.data.latest_return?.outcome === "paid"
    }).then(() => completeGatewayPaymentStep({ session_id: input.session_id, cart_id: target.cart_id }))

    const result = transform({ completed, attached }, ({ completed, attached }): GatewayPaymentResult => {
      if (completed) {
        return completed
      }
      const reading = attached.data.latest_return
      const outcome = reading?.outcome === "paid" ? "failed" : reading?.outcome ?? "rejected"
      return {
        outcome,
        newly_verified: false,
        code: reading && "code" in reading ? reading.code : undefined,
        message: reading?.outcome === "rejected" ? reading.reason : undefined,
      }
    })

    when("payment-completed", { completed }, ({ completed }) => !!completed).then(() => {
      const outcomeRecord = transform({ result }, ({ result }) => ({
        status: result.reversal_pending
          ? ("reversal_pending" as const)
          : result.outcome === "verified"
            ? ("verified" as const)
            : result.outcome === "pending"
              ? ("pending" as const)
              : ("failed" as const),
      }))
      recordGatewayTransactionStep({
        target,
        data: attached.data,
        status: outcomeRecord.status,
        note: result.message,
        order_id: result.order_id,
        payment_id: result.payment_id,
        bank_reference: result.bank_reference,
        card_pan: result.card_pan,
        error_code: result.code,
        error_message: result.message,
      }).config({ name: "record-gateway-outcome" })
    })

    when("top-up-verified", { result, target }, ({ result, target }) => result.newly_verified && !target.cart_id).then(() => {
      const eventData = transform({ result, target, attached, transaction }, verifiedEventData)
      emitEventStep({ eventName: PAYMENT_VERIFIED_EVENT, data: eventData })
    })

    releaseLockStep({ key: target.lock_key })
    return new WorkflowResponse({ result, target })
  }
)
