import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readKitOptions } from "../lib/kit-options"
import { findPaymentsToReconcile, reconcileGatewayPaymentWorkflow } from "../workflows/gateway-payments"

/**
 * Resolves gateway payments left pending: verify timed out, or the browser never came back. Each one
 * runs under its payment's lock, so it is completed or released exactly once.
 */
export default async function reconcileGatewayPayments(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = readKitOptions(container)
  const sessionIds = await findPaymentsToReconcile(container, {
    unreturnedAfterMinutes: options.reconcileAfterMinutes ?? 20,
    lookBackHours: 48,
  })
  for (const sessionId of sessionIds) {
    const { result, errors } = await reconcileGatewayPaymentWorkflow(container).run({
      input: { session_id: sessionId },
      throwOnError: false,
    })
    if (errors?.length) {
      logger.warn(`iran-payments: reconciling ${sessionId} failed: ${errors[0].error?.message}`)
    } else if (result.result && result.result.outcome !== "waiting") {
      logger.info(`iran-payments: reconciled ${sessionId}: ${result.result.outcome}`)
    }
  }
}

export const config = {
  name: "reconcile-gateway-payments",
  schedule: "*/5 * * * *",
}
