import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { WALLET_PROVIDER_ID } from "../../../providers/wallet/constants"

export type ReplaceCartPaymentSessionsStepInput = {
  payment_collection_id: string
  currency_code: string
  customer: { id: string; email: string }
  gateway: { provider_id: string; amount: BigNumberInput; data?: Record<string, unknown> }
  wallet_amount: BigNumberInput
}

export const replaceCartPaymentSessionsStepId = "replace-cart-payment-sessions"

/**
 * The two sessions of a split payment, the gateway's first: Medusa completes a cart by authorizing
 * its first session, and the wallet part is authorized by our completion hook right before it.
 * Earlier sessions go (deleting a wallet session releases its hold).
 */
export const replaceCartPaymentSessionsStep = createStep(
  replaceCartPaymentSessionsStepId,
  async (input: ReplaceCartPaymentSessionsStepInput, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const existing = await payments.listPaymentSessions({ payment_collection_id: input.payment_collection_id })
    for (const session of existing) {
      await payments.deletePaymentSession(session.id)
    }
    const context = { customer: input.customer }
    const gateway = await payments.createPaymentSession(input.payment_collection_id, {
      provider_id: input.gateway.provider_id,
      currency_code: input.currency_code,
      amount: input.gateway.amount,
      data: input.gateway.data ?? {},
      context,
    })
    const wallet = await payments.createPaymentSession(input.payment_collection_id, {
      provider_id: WALLET_PROVIDER_ID,
      currency_code: input.currency_code,
      amount: input.wallet_amount,
      data: {},
      context,
    })
    return new StepResponse({ gateway, wallet }, [gateway.id, wallet.id])
  },
  async (sessionIds, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    for (const id of sessionIds ?? []) {
      await payments.deletePaymentSession(id)
    }
  }
)
