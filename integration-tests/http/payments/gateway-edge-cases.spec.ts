import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Simulator } from "@asoud/simulator"
import type { reconcileGatewayPaymentsAt } from "@asoud/iran-payments/jobs/reconcile-gateway-payments"
import { simulatedGateways, STOREFRONT } from "../../helpers/simulated-gateways"
import { Modules } from "@medusajs/framework/utils"
import { demoAdminHeaders } from "../../helpers/demo"
import { cartStock, seedCheckout, sellOut, storeHeaders } from "./fixtures"
import { payOnBank, sendReturn } from "./browser"
import { errorOf } from "../wallet/fixtures"

jest.setTimeout(300_000)

// Gateway outcomes that are not a definite bank answer, abandoned and replaced sessions (issues #12.2,
// #15.1, #15.2), against the simulator's real wire protocols.
const gateways = simulatedGateways()
const RETURN_URL = `${STOREFRONT}/checkout/result`

/**
 * `verify`: the operations to break so the return cannot learn the outcome (Mellat inquires at once);
 * `reverse`: the reversal operation; `refuse`: a result code with which the bank refuses one.
 */
type Gateway = { name: string; provider_id: string; service: string; verify: string[]; faults: string[]; reverse: string; refuse: string }
const GATEWAYS: Gateway[] = [
  { name: "Zarinpal", provider_id: "pp_zarinpal_zarinpal", service: "zarinpal", verify: ["verify"], faults: ["reset", "html"], reverse: "reverse", refuse: "-9" },
  {
    name: "Mellat",
    provider_id: "pp_mellat_mellat",
    service: "mellat",
    verify: ["bpVerifyRequest", "bpInquiryRequest"],
    faults: ["reset", "html", "soap-fault"],
    reverse: "bpReversalRequest",
    refuse: "34",
  },
  { name: "Parsian", provider_id: "pp_parsian_parsian", service: "parsian", verify: ["ConfirmPayment"], faults: ["reset", "html", "soap-fault"], reverse: "ReversalRequest", refuse: "-1" },
]
const VERIFY_FAULTS = GATEWAYS.flatMap((gateway) => gateway.faults.map((fault) => ({ ...gateway, fault })))

/** One run of the reconciliation job, now or at a later point of its schedule. */
async function loadJob(): Promise<(container: Parameters<typeof reconcileGatewayPaymentsAt>[0], now?: Date) => Promise<void>> {
  const { reconcileGatewayPaymentsAt: run } = await import("@asoud/iran-payments/jobs/reconcile-gateway-payments")
  return (container, now = new Date()) => run(container, now)
}

let simulator: Simulator
beforeAll(() => {
  simulator = gateways.simulator()
})

medusaIntegrationTestRunner({
  env: gateways.appEnv,
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string

    beforeAll(async () => {
      const { summary, regionId: seededRegion } = await seedCheckout(getContainer())
      publishableKey = summary.publishable_key!
      regionId = seededRegion!
    })
    beforeEach(() => simulator.reset())

    const store = () => storeHeaders(publishableKey)
    const query = () => getContainer().resolve("query")

    async function variantId(handle: string) {
      const { data } = await api.get(`/store/products?handle=${handle}&region_id=${regionId}&fields=variants.id`, store())
      return data.products[0].variants[0].id as string
    }

    async function openCheckout(providerId: string, email = "edge@example.com") {
      const { data: cartData } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email,
          items: [{ variant_id: await variantId("saffron-sargol"), quantity: 1 }],
          shipping_address: { first_name: "علی", last_name: "رضایی", address_1: "خیابان آزادی ۱", city: "تهران", country_code: "ir", postal_code: "1234567890", phone: "09121234567" },
        },
        store()
      )
      const cartId: string = cartData.cart.id
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store())
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      const paymentCollectionId: string = collection.payment_collection.id
      const session = await startSession(paymentCollectionId, providerId)
      return { cartId, paymentCollectionId, session }
    }

    async function startSession(paymentCollectionId: string, providerId: string) {
      const { data } = await api.post(`/store/payment-collections/${paymentCollectionId}/payment-sessions`, { provider_id: providerId, data: { return_url: RETURN_URL } }, store())
      return data.payment_collection.payment_sessions[0]
    }

    async function ordersOfCart(cartId: string) {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((link: { order_id: string }) => link.order_id)
    }

    async function transactionOf(sessionId: string) {
      const { data } = await query().graph({
        entity: "gateway_transaction",
        fields: ["id", "status", "order_id", "error_code", "error_message", "timeline"],
        filters: { payment_session_id: sessionId },
      })
      return data[0] as unknown as
        | { id: string; status: string; order_id: string | null; error_code: string | null; error_message: string | null; timeline: { entries: { status: string; note?: string }[] } }
        | undefined
    }

    async function paymentOf(sessionId: string) {
      const { data } = await query().graph({ entity: "payment_session", fields: ["payment.data", "payment.canceled_at"], filters: { id: sessionId } })
      return data[0].payment as { data: { reversed_at?: string | null; reversal_found?: string }; canceled_at: string | null }
    }

    /** A paid return refused because the item sold out meanwhile, whose reversal at once did not go through. */
    async function refusedWithReversalPending(gateway: Gateway, fault: { kind: string; value?: string; times?: number }) {
      const { cartId, session } = await openCheckout(gateway.provider_id)
      const ret = await payOnBank(session.data.redirect, "pay")
      await sellOut(getContainer(), cartId)
      simulator.faults.arm(gateway.service, gateway.reverse, fault)
      const { location } = await sendReturn(ret)
      expect(location.searchParams.get("status")).toBe("failed")
      expect(location.searchParams.get("code")).toBe("order_not_placed")
      expect(await transactionOf(session.id)).toMatchObject({ status: "reversal_pending", order_id: null })
      expect(calls(gateway.service, gateway.reverse)).toHaveLength(1)
      return { cartId, session }
    }

    const minutesLater = (minutes: number) => new Date(Date.now() + minutes * 60_000)

    const calls = (service: string, operation?: string) => simulator.calls.list({ service, operation })

    describe("an answer that is not a definite bank answer is unknown, and reconciliation settles it (#12.2)", () => {
      it.each(VERIFY_FAULTS)("$name: $fault on verify → pending, then exactly one verified order", async (gateway) => {
        const { cartId, session } = await openCheckout(gateway.provider_id)
        gateway.verify.forEach((operation) => simulator.faults.arm(gateway.service, operation, { kind: gateway.fault, times: 1 }))
        const { location } = await sendReturn(await payOnBank(session.data.redirect, "pay"))
        expect(location.searchParams.get("status")).toBe("pending")
        expect(location.searchParams.get("cart_id")).toBe(cartId)
        expect(await ordersOfCart(cartId)).toEqual([])
        expect(await transactionOf(session.id)).toEqual(expect.objectContaining({ status: "pending" }))

        const reconcile = await loadJob()
        await reconcile(getContainer())
        const orders = await ordersOfCart(cartId)
        expect(orders).toHaveLength(1)
        await reconcile(getContainer())
        expect(await ordersOfCart(cartId)).toEqual(orders)
        expect(await transactionOf(session.id)).toEqual(expect.objectContaining({ status: "verified", order_id: orders[0] }))
        // Nothing was given back: the money that was taken became the order.
        expect(calls(gateway.service).filter((c) => /revers/i.test(c.operation))).toEqual([])
        if (gateway.service === "mellat") {
          expect(calls("mellat", "bpSettleRequest").map((c) => c.response)).toContainEqual(expect.stringMatching(/^(0|45)$/))
        }
      })

      it.each(["soap-fault", "reset", "html"])("Mellat: %s on settle after a good verify → inquiry, verify 43, settle; never left verified and unsettled", async (fault) => {
        const { cartId, session } = await openCheckout("pp_mellat_mellat")
        simulator.faults.arm("mellat", "bpSettleRequest", { kind: fault, times: 1 })
        const { location } = await sendReturn(await payOnBank(session.data.redirect, "pay"))
        expect(location.searchParams.get("status")).toBe("pending")
        expect(await ordersOfCart(cartId)).toEqual([])

        await (await loadJob())(getContainer())
        expect(await ordersOfCart(cartId)).toHaveLength(1)
        const trail = calls("mellat")
          .filter((c) => c.operation !== "pay" && c.operation !== "bpPayRequest")
          .map((c) => `${c.operation}:${c.response}`)
        // The faulted settle went through at the bank (the simulator commits, then breaks the answer).
        expect(trail).toEqual(["bpVerifyRequest:0", "bpSettleRequest:0", "bpInquiryRequest:0", "bpVerifyRequest:43", "bpSettleRequest:45"])
      })
    })

    describe("a reversal whose answer was lost: the bank reversed, the connection dropped (#12)", () => {
      it.each(GATEWAYS)("$name: the retry asks the bank first and records the reversal, never reversing twice", async (gateway) => {
        const { cartId, session } = await refusedWithReversalPending(gateway, { kind: "reset", times: 1 })
        expect((await paymentOf(session.id)).canceled_at).toBeNull()

        const reconcile = await loadJob()
        await reconcile(getContainer(), minutesLater(6))
        const transaction = await transactionOf(session.id)
        expect(transaction).toMatchObject({ status: "failed", order_id: null, error_code: "order_not_placed" })
        expect(transaction!.error_message).toMatch(/reversed/)
        const payment = await paymentOf(session.id)
        expect(payment.canceled_at).toBeTruthy()
        expect(payment.data.reversed_at).toBeTruthy()
        const reversals = calls(gateway.service, gateway.reverse).map((c) => JSON.stringify(c.response))
        if (gateway.service === "parsian") {
          // PEC has no inquiry: the retried reversal itself answers "already reversed" (-1551).
          expect(reversals).toHaveLength(2)
          expect(reversals[1]).toMatch(/-1551/)
        } else {
          // Asked first (Zarinpal inquiry REVERSED, Mellat bpInquiryRequest 48): the bank is not asked again.
          expect(reversals).toHaveLength(1)
          expect(payment.data.reversal_found).toMatch(/REVERSED|48/)
        }
        // A later run finds nothing to do.
        await reconcile(getContainer(), minutesLater(60))
        expect(calls(gateway.service, gateway.reverse)).toHaveLength(reversals.length)
        expect(await ordersOfCart(cartId)).toEqual([])
      })
    })

    describe("past the gateway's reversal window (#12)", () => {
      const WINDOWS = [
        { ...GATEWAYS[0], past: 35, window: "30 minutes after payment" },
        { ...GATEWAYS[1], past: 3 * 60 + 5, window: "3 hours after verify" },
      ]
      it.each(WINDOWS)("$name ($window): stops asking the bank, and an operator refunds the shopper and settles it", async (gateway) => {
        const { session } = await refusedWithReversalPending(gateway, { kind: "code", value: gateway.refuse })
        const reconcile = await loadJob()
        // Inside the window the job retries at the gateway (still refused) ...
        await reconcile(getContainer(), minutesLater(6))
        expect(calls(gateway.service, gateway.reverse)).toHaveLength(2)
        expect(await transactionOf(session.id)).toMatchObject({ status: "reversal_pending" })
        // ... past it, the bank is no longer asked to reverse: an operator must refund.
        await reconcile(getContainer(), minutesLater(gateway.past))
        expect(calls(gateway.service, gateway.reverse)).toHaveLength(2)
        const transaction = await transactionOf(session.id)
        expect(transaction).toMatchObject({ status: "refund_required", order_id: null, error_code: "reversal_failed" })
        expect(transaction!.error_message).toMatch(/reversal window closed/)
        expect((await paymentOf(session.id)).canceled_at).toBeNull()
        await reconcile(getContainer(), minutesLater(gateway.past + 60))
        expect(calls(gateway.service, gateway.reverse)).toHaveLength(2)

        // The platform admin finds it, refunds the shopper (here to the wallet) and settles the record once.
        const admin = await demoAdminHeaders(api)
        const { data: listed } = await api.get("/admin/iran-payments/transactions?status=refund_required", admin)
        expect(listed.gateway_transactions.map((t: { id: string }) => t.id)).toContain(transaction!.id)
        const { data: settled } = await api.post(`/admin/iran-payments/transactions/${transaction!.id}/refund`, { method: "wallet", reference: "wentry_01REFUND" }, admin)
        expect(settled.gateway_transaction).toMatchObject({ id: transaction!.id, status: "refunded" })
        expect((await transactionOf(session.id))!.timeline.entries.at(-1)).toMatchObject({ status: "refunded", note: expect.stringMatching(/wallet, reference wentry_01REFUND/) })
        const again = await errorOf(api.post(`/admin/iran-payments/transactions/${transaction!.id}/refund`, { method: "bank", reference: "PAYA-2" }, admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/refund_required/)
        const invalid = await errorOf(api.post(`/admin/iran-payments/transactions/${transaction!.id}/refund`, { method: "cash", reference: "" }, admin))
        expect(invalid.status).toBe(400)
      })
    })

    describe("stock runs out between the stock check and Medusa's reservation (#12)", () => {
      it("reverses the shopper's payment with a clear status, never a half-completed cart", async () => {
        const email = "stock-race@example.com"
        const { cartId, session } = await openCheckout("pp_zarinpal_zarinpal", email)
        const ret = await payOnBank(session.data.redirect, "pay")
        // Another checkout holds the item's inventory lock (as Medusa's reservation does) while this
        // return passes the stock check and creates its order; then it takes the last units.
        const container = getContainer()
        const { inventoryItemId } = await cartStock(container, cartId)
        const locking = container.resolve(Modules.LOCKING)
        await locking.acquire([inventoryItemId], { ownerId: "another-checkout", expire: 30 })
        const returned = sendReturn(ret)
        const created = async () => (await query().graph({ entity: "order", fields: ["id"], filters: { email } })).data.length
        const deadline = Date.now() + 4_000
        while ((await created()) === 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        // The return passed the stock check: Medusa created the order and waits to reserve its stock.
        expect(await created()).toBe(1)
        await sellOut(container, cartId)
        await locking.release([inventoryItemId], { ownerId: "another-checkout" })

        const { location } = await returned
        expect(location.searchParams.get("status")).toBe("failed")
        expect(location.searchParams.get("code")).toBe("order_not_placed")
        expect(location.searchParams.get("cart_id")).toBe(cartId)
        expect(location.searchParams.get("message")).toMatch(/بازگردانده شد/)
        expect(await ordersOfCart(cartId)).toEqual([])
        const transaction = await transactionOf(session.id)
        expect(transaction).toMatchObject({ status: "failed", order_id: null, error_code: "order_not_placed" })
        // Refused by Medusa's own reservation, not by the check before it.
        expect(transaction!.error_message).toMatch(/^Not enough stock available.*; the bank's payment was reversed$/)
        expect(calls("zarinpal", "reverse").map((c) => JSON.stringify(c.response))).toEqual([expect.stringMatching(/"code":100/)])
        const payment = await paymentOf(session.id)
        expect(payment.canceled_at).toBeTruthy()
        expect(payment.data.reversed_at).toBeTruthy()
        // Nothing of the attempt is left: no order, no reservation, and the cart can be paid again.
        expect((await query().graph({ entity: "order", fields: ["id"], filters: { email } })).data).toEqual([])
        const { data: reservations } = await query().graph({ entity: "reservation_item", fields: ["id"], filters: { inventory_item_id: inventoryItemId } })
        expect(reservations).toEqual([])
        const { data } = await api.get(`/store/carts/${cartId}`, store())
        expect(data.cart.completed_at).toBeNull()
      })
    })

    describe("abandoned Zarinpal sessions (#15.1)", () => {
      it("asks about an abandoned checkout a bounded number of times over the job's 48 hours, then closes it", async () => {
        const { cartId, session } = await openCheckout("pp_zarinpal_zarinpal")
        const reconcile = await loadJob()
        const start = Date.now()
        // Every run of the job's schedule (every 5 minutes) over its whole look-back.
        for (let minute = 0; minute <= 48 * 60; minute += 5) {
          await reconcile(getContainer(), new Date(start + minute * 60_000))
        }
        const inquiries = calls("zarinpal", "inquiry").filter((c) => (c.request as { authority?: string }).authority === session.data.token)
        // Before: one call per run, 576. Now: a few while the bank page could still be paid, then closed.
        expect(inquiries.length).toBeGreaterThanOrEqual(1)
        expect(inquiries.length).toBeLessThanOrEqual(4)
        expect(await transactionOf(session.id)).toEqual(expect.objectContaining({ status: "expired" }))
        expect(await ordersOfCart(cartId)).toEqual([])
        const { data: sessions } = await query().graph({ entity: "payment_session", fields: ["status", "data"], filters: { id: session.id } })
        expect(sessions[0].status).toBe("canceled")
        expect((sessions[0].data as { inquiry: { code: string } }).inquiry.code).toBe("expired:IN_BANK")
      })

      it("puts a payment the bank said was paid before abandoned sessions, and backs off between inquiries", async () => {
        const { findPaymentsToReconcile } = await import("@asoud/iran-payments/workflows")
        const abandoned = await openCheckout("pp_zarinpal_zarinpal")
        const pending = await openCheckout("pp_mellat_mellat")
        simulator.faults.arm("mellat", "bpVerifyRequest", { kind: "reset", times: 1 })
        simulator.faults.arm("mellat", "bpInquiryRequest", { kind: "reset", times: 1 })
        const { location } = await sendReturn(await payOnBank(pending.session.data.redirect, "pay"))
        expect(location.searchParams.get("status")).toBe("pending")

        const at = (minutes: number) => new Date(Date.now() + minutes * 60_000)
        const options = { unreturnedAfterMinutes: 20, lookBackHours: 48 }
        const first = await findPaymentsToReconcile(getContainer(), { ...options, now: at(25), limit: 1 })
        expect(first).toEqual([pending.session.id])
        const both = await findPaymentsToReconcile(getContainer(), { ...options, now: at(25) })
        expect(both.slice(0, 2)).toEqual([pending.session.id, abandoned.session.id])

        // One inquiry about the abandoned session (still payable: IN_BANK, unknown) ...
        const { reconcileGatewayPaymentWorkflow } = await import("@asoud/iran-payments/workflows")
        await reconcileGatewayPaymentWorkflow(getContainer()).run({ input: { session_id: abandoned.session.id, now: at(25).toISOString() } })
        // ... so it is not due at the next run, only after its back-off.
        expect(await findPaymentsToReconcile(getContainer(), { ...options, now: at(27) })).not.toContain(abandoned.session.id)
        expect(await findPaymentsToReconcile(getContainer(), { ...options, now: at(30) })).toContain(abandoned.session.id)
      })
    })

    describe("a payment made on a replaced session (#15.2)", () => {
      it("sends a shopper who paid in an older tab back to their cart, verifying nothing", async () => {
        const { cartId, paymentCollectionId, session: older } = await openCheckout("pp_zarinpal_zarinpal")
        // A second tab starts its own payment: Medusa deletes the first session.
        const newer = await startSession(paymentCollectionId, "pp_mellat_mellat")
        expect(newer.id).not.toBe(older.id)

        const { location } = await sendReturn(await payOnBank(older.data.redirect, "pay"))
        expect(`${location.origin}${location.pathname}`).toBe(RETURN_URL)
        expect(location.searchParams.get("status")).toBe("failed")
        expect(location.searchParams.get("code")).toBe("replaced_payment")
        expect(location.searchParams.get("cart_id")).toBe(cartId)
        expect(location.searchParams.get("message")).toMatch(/بانک آن را خودکار بازمی‌گرداند/)
        expect(calls("zarinpal", "verify")).toEqual([])
        expect(await ordersOfCart(cartId)).toEqual([])
      })

      it("recognises it when the cart changed while the shopper was at the bank", async () => {
        const { cartId, session } = await openCheckout("pp_parsian_parsian")
        const ret = await payOnBank(session.data.redirect, "pay")
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantId("saffron-sargol"), quantity: 1 }, store())
        const { data: after } = await query().graph({ entity: "payment_session", fields: ["id"], filters: { id: session.id } })
        expect(after).toEqual([])

        const { location } = await sendReturn(ret)
        expect(location.searchParams.get("code")).toBe("replaced_payment")
        expect(location.searchParams.get("cart_id")).toBe(cartId)
        expect(calls("parsian", "ConfirmPayment")).toEqual([])
      })

      it("still answers unknown_payment for a session id nobody knows", async () => {
        const { location } = await sendReturn({ method: "GET", url: `${gateways.appEnv.MEDUSA_PUBLIC_URL}/iran-payments/callback/zarinpal?session_id=payses_nope&Authority=A1&Status=OK`, fields: {} })
        expect(location.searchParams.get("code")).toBe("unknown_payment")
      })
    })
  },
})
