import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readKitOptions } from "../lib/kit-options"
import {
  findPaymentsToReconcile,
  findReversalsToRetry,
  reconcileGatewayPaymentWorkflow,
  retryGatewayReversalWorkflow,
} from "../workflows/gateway-payments"

/**
 * Resolves gateway payments left pending: verify got no definite answer, or the browser never came
 * back. Each one runs under its payment's lock, so it is completed or released exactly once. Inquiries
 * back off per session and a session the gateway can no longer pay is closed, so an abandoned checkout
 * costs a few calls. Reversals that failed after a refused order are tried again, with the same backoff.
 */
export default async function reconcileGatewayPayments(container: MedusaContainer): Promise<void> {
  // Medusa passes the job more than the container; the clock is never taken from it.
  await reconcileGatewayPaymentsAt(container, new Date())
}

/** One run of the job as if it ran at `now` (tests play the schedule forward with it). */
export async function reconcileGatewayPaymentsAt(container: MedusaContainer, now: Date): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = readKitOptions(container)
  const sessionIds = await findPaymentsToReconcile(container, {
    unreturnedAfterMinutes: options.reconcileAfterMinutes ?? 20,
    lookBackHours: 48,
    now,
  })
  for (const sessionId of sessionIds) {
    const { result, errors } = await reconcileGatewayPaymentWorkflow(container).run({
      input: { session_id: sessionId, now: now.toISOString() },
      throwOnError: false,
    })
    if (errors?.length) {
      logger.warn(`iran-payments: reconciling ${sessionId} failed: ${errors[0].error?.message}`)
    } else if (result.result && result.result.outcome !== "waiting") {
      logger.info(`iran-payments: reconciled ${sessionId}: ${result.result.outcome}`)
    }
  }
  for (const sessionId of await findReversalsToRetry(container, { now })) {
    const { result, errors } = await retryGatewayReversalWorkflow(container).run({
      input: { session_id: sessionId, now: now.toISOString() },
      throwOnError: false,
    })
    if (errors?.length) {
      logger.warn(`iran-payments: retrying the reversal of ${sessionId} failed: ${errors[0].error?.message}`)
    } else if (result.state !== "skipped") {
      logger.info(`iran-payments: reversal of ${sessionId}: ${result.state}`)
    }
  }
}

export const config = {
  name: "reconcile-gateway-payments",
  schedule: "*/5 * * * *",
}
