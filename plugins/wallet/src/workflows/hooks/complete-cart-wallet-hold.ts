import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { extendHook } from "@asoud/extensions/hooks"
import { ContainerRegistrationKeys, MedusaError, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { WALLET_PROVIDER_ID } from "../../providers/wallet/constants"

type Session = { id: string; provider_id: string; status: string }

// The statuses Medusa's validateCartPaymentsStep treats as payable, in the same order of sessions.
const PAYABLE: string[] = [
  PaymentSessionStatus.PENDING,
  PaymentSessionStatus.REQUIRES_MORE,
  PaymentSessionStatus.AUTHORIZED,
  PaymentSessionStatus.CAPTURED,
  PaymentSessionStatus.PENDING_AUTHORIZATION,
]

/**
 * Split payment: Medusa authorizes only the cart's "first" payment session, and the order of a
 * collection's sessions is whatever the database returns (an updated row moves), so it cannot be
 * relied on. Right before Medusa's authorization this hook authorizes every session of a split itself,
 * gateway part first (the bank verifies; a refusal stops here with nothing held), then the wallet part
 * (a hold). Medusa's own step then finds its session already authorized and reuses that payment, so
 * the order of the sessions no longer matters. If the wallet part fails after the bank took money,
 * the gateway payment is cancelled (reversed) here; if a later step fails, the compensation cancels
 * both (a reversal and a released hold).
 */
// Medusa 2.21 declares this hook but leaves it out of the public typings (`@ignore`).
extendHook<{ input: { id: string } }, undefined, string[]>(completeCartWorkflow, "beforePaymentAuthorization", {
  id: "wallet.authorize-wallet-part",
  order: 10,
  invoke: async ({ input }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "payment_collection.payment_sessions.id", "payment_collection.payment_sessions.provider_id", "payment_collection.payment_sessions.status"],
      filters: { id: input.id },
    })
    const cart = data[0] as { payment_collection?: { payment_sessions?: Session[] } } | undefined
    const sessions = (cart?.payment_collection?.payment_sessions ?? []).filter((s) => PAYABLE.includes(s.status))
    const walletParts = sessions.filter((s) => s.provider_id === WALLET_PROVIDER_ID)
    if (!walletParts.length || sessions.length === walletParts.length) {
      // Paid by wallet alone (or without it): Medusa's own authorization does everything.
      return new StepResponse(undefined, [] as string[])
    }
    if (walletParts.length > 1 || sessions.length > 2) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A split payment has one wallet part and one gateway part; start the split again")
    }
    const gatewayParts = sessions.filter((s) => s.provider_id !== WALLET_PROVIDER_ID)
    const payments = container.resolve(Modules.PAYMENT)
    const paymentIds: string[] = []
    try {
      for (const session of [...gatewayParts, ...walletParts]) {
        const payment = await payments.authorizePaymentSession(session.id, {})
        if (!payment) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The bank has not confirmed the gateway part of the split payment yet")
        }
        paymentIds.push(payment.id)
      }
    } catch (error) {
      // This step failed, so its compensation will not run: undo what it already authorized.
      for (const id of paymentIds.reverse()) {
        await payments.cancelPayment(id)
      }
      throw error
    }
    return new StepResponse(undefined, paymentIds)
  },
  compensate: async (paymentIds, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    for (const id of [...(paymentIds ?? [])].reverse()) {
      await payments.cancelPayment(id)
    }
  },
})
