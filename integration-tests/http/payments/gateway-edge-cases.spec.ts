import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Simulator } from "@asoud/simulator"
import type { reconcileGatewayPaymentsAt } from "@asoud/iran-payments/jobs/reconcile-gateway-payments"
import { simulatedGateways, STOREFRONT } from "../../helpers/simulated-gateways"
import { seedCheckout, storeHeaders } from "./fixtures"
import { payOnBank, sendReturn } from "./browser"

jest.setTimeout(300_000)

// Gateway outcomes that are not a definite bank answer, abandoned and replaced sessions (issues #12.2,
// #15.1, #15.2), against the simulator's real wire protocols.
const gateways = simulatedGateways()
const RETURN_URL = `${STOREFRONT}/checkout/result`

/** `verify`: the operations to break so the return cannot learn the outcome (Mellat inquires at once). */
type Gateway = { name: string; provider_id: string; service: string; verify: string[]; faults: string[] }
const GATEWAYS: Gateway[] = [
  { name: "Zarinpal", provider_id: "pp_zarinpal_zarinpal", service: "zarinpal", verify: ["verify"], faults: ["reset", "html"] },
  { name: "Mellat", provider_id: "pp_mellat_mellat", service: "mellat", verify: ["bpVerifyRequest", "bpInquiryRequest"], faults: ["reset", "html", "soap-fault"] },
  { name: "Parsian", provider_id: "pp_parsian_parsian", service: "parsian", verify: ["ConfirmPayment"], faults: ["reset", "html", "soap-fault"] },
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

    async function openCheckout(providerId: string) {
      const { data: cartData } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: "edge@example.com",
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
      const { data } = await query().graph({ entity: "gateway_transaction", fields: ["status", "order_id"], filters: { payment_session_id: sessionId } })
      return data[0] as { status: string; order_id: string | null } | undefined
    }

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
