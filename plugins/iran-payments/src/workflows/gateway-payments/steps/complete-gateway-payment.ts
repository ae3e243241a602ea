import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow, refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { cartOutOfStock } from "./confirm-cart-stock"
import { giveBackGatewayPayment } from "./give-back-gateway-payment"
import type { GatewaySessionData } from "../../../lib/types"
import type { GatewayPaymentResult } from "../types"

export type CompleteGatewayPaymentInput = { session_id: string; cart_id: string | null }

function fromVerification(data: GatewaySessionData): Pick<GatewayPaymentResult, "code" | "message" | "bank_reference" | "card_pan"> {
  const v = data.verification
  const returned = data.return?.outcome === "paid" ? data.return.card_pan : undefined
  return { code: v?.code, message: v?.message, bank_reference: v?.bank_reference, card_pan: v?.card_pan ?? returned }
}

/**
 * Verifies and completes a paid gateway payment: a cart through Medusa's own completeCartWorkflow (its
 * hooks, e.g. the per-market order split, run as usual; the provider verifies inside its authorize
 * step), anything else (a top-up) by authorizing the payment session. Runs under the payment's lock
 * and is a no-op when the work was already done, so it never places two orders or captures twice.
 * There is nothing to undo here: a completion that fails after verification is rolled back (and the
 * payment reversed) by Medusa's own compensation; one refused before verification (stale prices, stock,
 * a suspended market) has the bank's money verified and reversed here.
 */
export const completeGatewayPaymentStep = createStep(
  "complete-gateway-payment",
  async (input: CompleteGatewayPaymentInput, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const readSession = async () => {
      const session = await payments.retrievePaymentSession(input.session_id, { relations: ["payment"] })
      return { session, data: session.data as unknown as GatewaySessionData }
    }

    if (input.cart_id) {
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: input.cart_id } })
      const existingOrderId = (links[0] as { order_id?: string } | undefined)?.order_id
      if (existingOrderId) {
        const { session, data } = await readSession()
        return new StepResponse<GatewayPaymentResult>({ outcome: "verified", order_id: existingOrderId, payment_id: session.payment?.id, newly_verified: false, ...fromVerification(data) })
      }
      // Read before completing: a failed completion may refresh the cart, which deletes its sessions.
      const before = await readSession()
      const soldOut = await cartOutOfStock(container, input.cart_id)
      const { result, errors } = soldOut
        ? { result: undefined, errors: [{ error: { message: soldOut, code: "out_of_stock" } }] }
        : await completeCartWorkflow(container).run({ input: { id: input.cart_id }, throwOnError: false })
      if (!errors?.length && result?.id) {
        const { session, data } = await readSession()
        return new StepResponse<GatewayPaymentResult>({ outcome: "verified", order_id: result.id, payment_id: session.payment?.id, newly_verified: true, ...fromVerification(data) })
      }
      const error = errors?.[0]?.error as { message?: string; code?: string } | undefined
      const reason = error?.message ?? "the order could not be placed"
      const after = await readSession().catch(() => null)
      const data = after?.data ?? before.data
      if (data.verification?.outcome === "unknown" || data.verification?.outcome === "failed") {
        return new StepResponse<GatewayPaymentResult>(failure(data, reason))
      }
      // The bank took the shopper's money and no order was placed (stale prices, an item out of stock,
      // a market suspended while the shopper was at the bank …): give it back now (verify + reverse),
      // never leave it captured without an order or to the bank's own timeout.
      const givenBack = await giveBackGatewayPayment(container, input.session_id)
      const pricesChanged = error?.code === "prices_changed"
      if (pricesChanged) {
        // Re-price the cart so the shopper sees what to pay next time.
        await refreshCartItemsWorkflow(container).run({ input: { cart_id: input.cart_id, force_refresh: true } })
      }
      const refused = failure(givenBack.data ?? data, reason)
      if (refused.code !== "order_not_placed") {
        // Verifying it now failed or got no answer: nothing to give back, or reconciliation will.
        return new StepResponse<GatewayPaymentResult>(refused)
      }
      const outcome = givenBack.reversed ? "the bank's payment was reversed" : "the bank's payment is not reversed yet (the reconciliation job retries; see the log)"
      return new StepResponse<GatewayPaymentResult>({
        ...refused,
        code: pricesChanged ? "prices_changed" : refused.code,
        message: `${refused.message}; ${outcome}`,
        reversed: givenBack.reversed,
        reversal_pending: !givenBack.reversed && givenBack.data?.verification?.outcome === "verified",
      })
    }

    const before = await readSession()
    if (before.session.payment) {
      return new StepResponse<GatewayPaymentResult>({ outcome: "verified", payment_id: before.session.payment.id, newly_verified: false, ...fromVerification(before.data) })
    }
    let reason = "the payment could not be authorized"
    try {
      await payments.authorizePaymentSession(input.session_id, {})
    } catch (error) {
      reason = (error as Error).message
    }
    const { session, data } = await readSession()
    if (session.payment) {
      return new StepResponse<GatewayPaymentResult>({ outcome: "verified", payment_id: session.payment.id, newly_verified: true, ...fromVerification(data) })
    }
    return new StepResponse<GatewayPaymentResult>(failure(data, reason))
  }
)

function failure(data: GatewaySessionData, reason: string): GatewayPaymentResult {
  const v = data.verification
  if (v?.outcome === "unknown") {
    return { outcome: "pending", newly_verified: false, code: v.code, message: v.message ?? reason }
  }
  if (v?.outcome === "failed") {
    return { outcome: "failed", newly_verified: false, code: v.code, message: v.message ?? reason }
  }
  // The order could not be placed: either before verification (the bank returns unverified money by
  // itself) or after it (Medusa's compensation reversed the payment).
  return { outcome: "failed", newly_verified: false, code: "order_not_placed", message: reason, bank_reference: v?.bank_reference }
}
