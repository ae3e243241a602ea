import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { GatewaySessionData } from "../../../lib/types"

export type GaveBack = {
  /** The bank confirmed the reversal: the shopper has the money back. */
  reversed: boolean
  /** The payment's data after verify/reverse, when there is a payment. */
  data?: GatewaySessionData
}

/**
 * The bank took the shopper's money for a cart that could not be completed (stale prices, a suspended
 * market, a failed wallet part …) before the payment was verified. Unverified money only comes back
 * when the bank gives up on it, days later for some gateways; instead it is verified and reversed
 * right away, so the shopper sees it back and the books say so. A failure here is logged and left to
 * the reconciliation job and the gateway's own timeout, and the result says the money was not reversed.
 */
export async function giveBackGatewayPayment(container: MedusaContainer, sessionId: string): Promise<GaveBack> {
  const payments = container.resolve(Modules.PAYMENT)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const session = await payments.retrievePaymentSession(sessionId, { relations: ["payment"] })
    const payment = session.payment ?? (await payments.authorizePaymentSession(sessionId, {}))
    if (!payment) {
      return { reversed: false, data: session.data as unknown as GatewaySessionData }
    }
    const current = await payments.retrievePayment(payment.id, { select: ["id", "data", "canceled_at"] })
    const canceled = current.canceled_at ? current : await payments.cancelPayment(payment.id)
    const data = canceled.data as unknown as GatewaySessionData
    return { reversed: !!data?.reversed_at, data }
  } catch (error) {
    logger.warn(`Could not give back gateway payment session ${sessionId}: ${(error as Error).message}`)
    const session = await payments.retrievePaymentSession(sessionId).catch(() => null)
    return { reversed: false, data: session?.data as unknown as GatewaySessionData | undefined }
  }
}
