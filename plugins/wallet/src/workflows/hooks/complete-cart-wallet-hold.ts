import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
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
 * Split payment: Medusa authorizes only a cart's first payment session (the gateway part). Just before
 * that, the wallet part is authorized here (a hold). If the gateway part then fails, Medusa compensates
 * the workflow and this hook's compensation cancels the wallet payment, which releases the hold.
 */
type HookContext = { container: MedusaContainer }
type BeforePaymentAuthorization = (
  invoke: (data: { input: { id: string } }, context: HookContext) => Promise<StepResponse<undefined, string[]>>,
  compensate: (paymentIds: string[] | undefined, context: HookContext) => Promise<void>
) => void

// Medusa 2.21 declares this hook but leaves it out of the public typings (`@ignore`).
const beforePaymentAuthorization = (completeCartWorkflow.hooks as unknown as {
  beforePaymentAuthorization: BeforePaymentAuthorization
}).beforePaymentAuthorization

beforePaymentAuthorization(
  async ({ input }, { container }) => {
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
    if (sessions[0].provider_id === WALLET_PROVIDER_ID) {
      // Medusa would authorize the wallet part and place the order with the gateway part unpaid.
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The gateway part of a split payment must come first")
    }
    const payments = container.resolve(Modules.PAYMENT)
    const paymentIds: string[] = []
    for (const session of walletParts) {
      const payment = await payments.authorizePaymentSession(session.id, {})
      if (payment) {
        paymentIds.push(payment.id)
      }
    }
    return new StepResponse(undefined, paymentIds)
  },
  async (paymentIds, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    for (const id of paymentIds ?? []) {
      await payments.cancelPayment(id)
    }
  }
)
