import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { GatewaySessionData } from "../../../lib/types"
import { recordGatewayTransactionStep } from "../steps/record-gateway-transaction"
import { resolveGatewaySessionStep } from "../steps/resolve-gateway-session"
import { retryGatewayReversalStep } from "../steps/retry-gateway-reversal"

export const retryGatewayReversalWorkflowId = "retry-gateway-reversal"

/** `now`: the job's clock (ISO); the attempt is recorded at it, and the next one backs off from it. */
export type RetryGatewayReversalInput = { session_id: string; now?: string }

/**
 * Tries again to give back the bank's money for an order that could not be placed, under the same
 * lock as the return route and the reconciliation: reversed (transaction `failed`, the message says
 * reversed), still pending (tried again later), or `refund_required` once the gateway's reversal window
 * closed or the attempts ran out: an operator refunds the shopper and settles the transaction.
 */
export const retryGatewayReversalWorkflow = createWorkflow(retryGatewayReversalWorkflowId, (input: RetryGatewayReversalInput) => {
  const target = resolveGatewaySessionStep({ session_id: input.session_id })
  acquireLockStep({ key: target.lock_key, timeout: 60, ttl: 120 })
  const retried = retryGatewayReversalStep({ session_id: input.session_id, now: input.now })

  when("reversal-retried", { retried }, ({ retried }) => retried.state !== "skipped").then(() => {
    const record = transform({ retried, input }, ({ retried, input }) => ({
      data: retried.data as GatewaySessionData,
      status: retried.state === "pending" ? ("reversal_pending" as const) : retried.state === "refund_required" ? ("refund_required" as const) : ("failed" as const),
      note: `reconciliation: reversal ${retried.state}${retried.message ? ` (${retried.message})` : ""}`,
      error_code: retried.state === "refund_required" ? "reversal_failed" : undefined,
      error_message: retried.state === "pending" ? undefined : retried.message,
      at: input.now,
    }))
    recordGatewayTransactionStep({
      target,
      data: record.data,
      status: record.status,
      note: record.note,
      error_code: record.error_code,
      error_message: record.error_message,
      at: record.at,
    }).config({ name: "record-gateway-reversal-retry" })
  })

  releaseLockStep({ key: target.lock_key })
  return new WorkflowResponse(retried)
})
