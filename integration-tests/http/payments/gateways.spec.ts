import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { FilterablePaymentProps } from "@medusajs/framework/types"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import type { Simulator } from "@asoud/simulator"
import { simulatedGateways, STOREFRONT } from "../../helpers/simulated-gateways"
import { DEMO_ADMIN } from "../../../src/seed/demo-data"
import { seedCheckout, sellOut as sellOutStock, storeHeaders } from "./fixtures"
import { payOnBank, sendReturn, visit, type Redirect } from "./browser"
import type reconcileGatewayPayments from "@asoud/iran-payments/jobs/reconcile-gateway-payments"

jest.setTimeout(180_000)

const gateways = simulatedGateways()
const { appPort: APP_PORT, simulatorPort: SIM_PORT, appEnv: APP_ENV } = gateways
const RETURN_URL = `${STOREFRONT}/checkout/result`

type GatewayCase = {
  name: string
  provider_id: string
  service: string
  verify: string
  /** Credentials that must never reach the storefront, pages or logs. */
  secrets: string[]
  /** Faults that leave the verify outcome unknown on the return (the gateway commits, answers late). */
  lateAnswers: string[]
}

const GATEWAYS: GatewayCase[] = [
  { name: "Zarinpal", provider_id: "pp_zarinpal_zarinpal", service: "zarinpal", verify: "verify", secrets: ["8e1a5e4c-0b6f-4c61-9d43-2a5f9c1d7b3e"], lateAnswers: ["verify"] },
  { name: "Mellat", provider_id: "pp_mellat_mellat", service: "mellat", verify: "bpVerifyRequest", secrets: ["sim-mellat-secret"], lateAnswers: ["bpVerifyRequest", "bpInquiryRequest"] },
  { name: "Parsian", provider_id: "pp_parsian_parsian", service: "parsian", verify: "ConfirmPayment", secrets: ["SIMPARSIANPIN7001"], lateAnswers: ["ConfirmPayment"] },
]

let simulator: Simulator
beforeAll(() => {
  simulator = gateways.simulator()
})

medusaIntegrationTestRunner({
  env: APP_ENV,
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string

    beforeEach(async () => {
      simulator.reset()
      const { summary, regionId: seededRegion } = await seedCheckout(getContainer())
      publishableKey = summary.publishable_key!
      regionId = seededRegion!
    })

    const store = () => storeHeaders(publishableKey)

    /** Stock runs out while the shopper is on the bank page. */
    const sellOut = (cartId: string) => sellOutStock(getContainer(), cartId)

    async function openCheckout(providerId: string, returnUrl = RETURN_URL) {
      const { data: products } = await api.get(`/store/products?handle=saffron-sargol&region_id=${regionId}&fields=variants.id`, store())
      const variantId = products.products[0].variants[0].id
      const { data: cartData } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: "buyer@example.com",
          items: [{ variant_id: variantId, quantity: 1 }],
          shipping_address: { first_name: "علی", last_name: "رضایی", address_1: "خیابان آزادی ۱", city: "تهران", country_code: "ir", postal_code: "1234567890", phone: "09121234567" },
        },
        store()
      )
      const cartId: string = cartData.cart.id
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store())
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      const { data: withSession } = await api
        .post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: providerId, data: { return_url: returnUrl } }, store())
        .catch((error: { response?: { data?: unknown } }) => {
          throw Object.assign(new Error(`payment session refused: ${JSON.stringify(error.response?.data)}`), { response: error.response })
        })
      const session = withSession.payment_collection.payment_sessions[0]
      return { cartId, session, paymentCollectionId: collection.payment_collection.id as string, total: Number(withSession.payment_collection.amount) }
    }

    async function ordersOfCart(cartId: string) {
      const { data } = await getContainer().resolve("query").graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((link: { order_id: string }) => link.order_id)
    }

    const calls = (service: string, operation: string) => simulator.calls.list({ service, operation })

    const arm = (service: string, operation: string, kind: string, value?: string | number, times = 1) =>
      simulator.faults.arm(service, operation, { kind, value, times })

    describe.each(GATEWAYS)("$name", (gateway) => {
      it("completes a checkout the way a browser does: redirect, pay on the bank page, follow the return", async () => {
        const { cartId, session, total } = await openCheckout(gateway.provider_id)
        expect(session.data.redirect.url.startsWith(`http://localhost:${SIM_PORT}/`)).toBe(true)
        expect(session.data.amount).toBe(total)

        const ret = await payOnBank(session.data.redirect as Redirect, "pay")
        expect(ret.url.startsWith(`http://localhost:${APP_PORT}/iran-payments/callback/`)).toBe(true)
        const { status, location } = await sendReturn(ret)

        expect(status).toBe(303)
        expect(`${location.origin}${location.pathname}`).toBe(RETURN_URL)
        expect(location.searchParams.get("status")).toBe("success")
        const orderId = location.searchParams.get("order_id")
        expect(await ordersOfCart(cartId)).toEqual([orderId])
        expect(calls(gateway.service, gateway.verify)).toHaveLength(1)

        const { data: orders } = await getContainer().resolve("query").graph({
          entity: "order",
          fields: ["id", "payment_collections.status", "payment_collections.payments.captured_at"],
          filters: { id: orderId! },
        })
        expect(orders[0].payment_collections![0]!.payments[0]!.captured_at).toBeTruthy()

        const { data: transactions } = await getContainer().resolve("query").graph({
          entity: "gateway_transaction",
          fields: ["status", "order_id", "bank_reference", "card_pan", "timeline"],
          filters: { payment_session_id: session.id },
        })
        expect(transactions[0]).toEqual(expect.objectContaining({ status: "verified", order_id: orderId }))
        expect(transactions[0].bank_reference).toBeTruthy()
      })

      it("leaves the cart open when the shopper cancels on the bank page, without calling verify", async () => {
        const { cartId, session } = await openCheckout(gateway.provider_id)
        const { location } = await sendReturn(await payOnBank(session.data.redirect, "cancel"))
        expect(location.searchParams.get("status")).toBe("canceled")
        expect(location.searchParams.get("cart_id")).toBe(cartId)
        expect(location.searchParams.get("message")).toBeTruthy()
        expect(await ordersOfCart(cartId)).toEqual([])
        expect(calls(gateway.service, gateway.verify)).toHaveLength(0)
        const { data } = await api.get(`/store/carts/${cartId}`, store())
        expect(data.cart.completed_at).toBeNull()
      })

      it("completes nothing and calls no verify for a tampered return", async () => {
        const { cartId, session } = await openCheckout(gateway.provider_id)
        arm(gateway.service, "return", "tamper")
        const { location } = await sendReturn(await payOnBank(session.data.redirect, "pay"))
        expect(location.searchParams.get("status")).toBe("failed")
        expect(location.searchParams.get("cart_id")).toBe(cartId)
        expect(await ordersOfCart(cartId)).toEqual([])
        expect(calls(gateway.service, gateway.verify)).toHaveLength(0)
      })

      it("completes nothing and calls no verify for a return that belongs to another payment", async () => {
        const first = await openCheckout(gateway.provider_id)
        const second = await openCheckout(gateway.provider_id)
        const paidForFirst = await payOnBank(first.session.data.redirect, "pay")
        const foreign = new URL(paidForFirst.url)
        foreign.searchParams.set("session_id", second.session.id)
        const { location } = await sendReturn({ ...paidForFirst, url: foreign.toString() })
        expect(location.searchParams.get("status")).toBe("failed")
        expect(await ordersOfCart(second.cartId)).toEqual([])
        expect(calls(gateway.service, gateway.verify)).toHaveLength(0)
      })

      it("fails when the bank took a different amount, and places no order", async () => {
        const { cartId, session } = await openCheckout(gateway.provider_id)
        arm(gateway.service, "pay", "amount", session.data.gateway_amount - 10_000)
        const { location } = await sendReturn(await payOnBank(session.data.redirect, "pay"))
        expect(location.searchParams.get("status")).toBe("failed")
        expect(location.searchParams.get("cart_id")).toBe(cartId)
        expect(await ordersOfCart(cartId)).toEqual([])
      })

      it("gives one order and one verify for two concurrent returns and a later replay", async () => {
        const { cartId, session } = await openCheckout(gateway.provider_id)
        const ret = await payOnBank(session.data.redirect, "pay")
        const [a, b] = await Promise.all([sendReturn(ret), sendReturn(ret)])
        const replay = await sendReturn(ret)
        const orderIds = [a, b, replay].map((r) => r.location.searchParams.get("order_id"))
        expect(new Set(orderIds).size).toBe(1)
        expect(orderIds[0]).toMatch(/^order_/)
        expect(await ordersOfCart(cartId)).toEqual([orderIds[0]])
        expect(calls(gateway.service, gateway.verify)).toHaveLength(1)
      })

      it("heals a verify that timed out with the reconciliation job, exactly once", async () => {
        const { cartId, session } = await openCheckout(gateway.provider_id)
        gateway.lateAnswers.forEach((operation) => arm(gateway.service, operation, "timeout", 2_500))
        const { location } = await sendReturn(await payOnBank(session.data.redirect, "pay"))
        expect(location.searchParams.get("status")).toBe("pending")
        expect(await ordersOfCart(cartId)).toEqual([])
        await new Promise((resolve) => setTimeout(resolve, 1_500))

        // Jest (swc) turns this import() into an interop require, so `default` is the job function itself; tsc's
        // Node16 view of a CommonJS module would put the whole module.exports there instead.
        const { default: reconcile } = (await import("@asoud/iran-payments/jobs/reconcile-gateway-payments")) as unknown as {
          default: typeof reconcileGatewayPayments
        }
        await reconcile(getContainer())
        const orders = await ordersOfCart(cartId)
        expect(orders).toHaveLength(1)
        await reconcile(getContainer())
        expect(await ordersOfCart(cartId)).toEqual(orders)

        const { data: transactions } = await getContainer().resolve("query").graph({
          entity: "gateway_transaction",
          fields: ["status", "order_id"],
          filters: { payment_session_id: session.id },
        })
        expect(transactions[0]).toEqual(expect.objectContaining({ status: "verified", order_id: orders[0] }))
      })

      it("never shows a merchant secret in session data, pages or logs", async () => {
        const output: string[] = []
        const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
          output.push(String(chunk))
          return true
        })
        const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
          output.push(String(chunk))
          return true
        })
        try {
          const { session } = await openCheckout(gateway.provider_id)
          const ret = await payOnBank(session.data.redirect, "pay")
          const { location } = await sendReturn(ret)
          const callbackPage = await visit(ret.url, ret.method, ret.fields)
          const { data: sessionAfter } = await getContainer().resolve("query").graph({ entity: "payment_session", fields: ["data"], filters: { id: session.id } })
          const visible = [JSON.stringify(session.data), JSON.stringify(sessionAfter[0].data), ...ret.pages, location.toString(), callbackPage.html, output.join("")]
          for (const secret of gateway.secrets) {
            for (const text of visible) {
              expect(text).not.toContain(secret)
            }
          }
        } finally {
          stdout.mockRestore()
          stderr.mockRestore()
        }
      })
    })

    it("Mellat: a settle failure reverses the payment and leaves the cart open", async () => {
      const { cartId, session } = await openCheckout("pp_mellat_mellat")
      arm("mellat", "bpSettleRequest", "code", 34)
      const { location } = await sendReturn(await payOnBank(session.data.redirect, "pay"))
      expect(location.searchParams.get("status")).toBe("failed")
      expect(location.searchParams.get("cart_id")).toBe(cartId)
      expect(await ordersOfCart(cartId)).toEqual([])
      const sequence = simulator.calls.list({ service: "mellat" }).map((call) => `${call.operation}:${call.response}`)
      expect(sequence.filter((entry) => !entry.startsWith("pay"))).toEqual([
        expect.stringMatching(/^bpPayRequest:0,/),
        "bpVerifyRequest:0",
        "bpSettleRequest:34",
        "bpReversalRequest:0",
      ])
    })

    it("Mellat: a replayed return of a settled payment (43/45) never reverses it", async () => {
      const { cartId, session } = await openCheckout("pp_mellat_mellat")
      const ret = await payOnBank(session.data.redirect, "pay")
      await sendReturn(ret)
      const replay = await sendReturn(ret)
      expect(replay.location.searchParams.get("status")).toBe("success")
      expect(await ordersOfCart(cartId)).toHaveLength(1)
      expect(calls("mellat", "bpReversalRequest")).toHaveLength(0)
      expect(calls("mellat", "bpSettleRequest")).toHaveLength(1)
    })

    it("Parsian: a gateway that confirms a repeated confirm again still gives one order and one confirm", async () => {
      const { cartId, session } = await openCheckout("pp_parsian_parsian")
      arm("parsian", "ConfirmPayment", "repeat-confirm", undefined, 5)
      const ret = await payOnBank(session.data.redirect, "pay")
      await Promise.all([sendReturn(ret), sendReturn(ret), sendReturn(ret)])
      expect(await ordersOfCart(cartId)).toHaveLength(1)
      expect(calls("parsian", "ConfirmPayment")).toHaveLength(1)
    })

    it("pays a top-up (a payment collection with no cart): captures once and emits iran-payments.payment.verified once", async () => {
      const container = getContainer()
      const payments = container.resolve(Modules.PAYMENT)
      const [collection] = await payments.createPaymentCollections([{ amount: 5_000_000, currency_code: "irr" }])
      const { result: session } = await createPaymentSessionsWorkflow(container).run({
        input: { payment_collection_id: collection.id, provider_id: "pp_zarinpal_zarinpal", data: { return_url: `${STOREFRONT}/wallet` } },
      })
      const events: unknown[] = []
      container.resolve(Modules.EVENT_BUS).subscribe("iran-payments.payment.verified", async (event) => {
        events.push(event.data)
      })
      const ret = await payOnBank((session.data as { redirect: Redirect }).redirect, "pay")
      const [first, second] = await Promise.all([sendReturn(ret), sendReturn(ret)])
      for (const { location } of [first, second]) {
        expect(location.searchParams.get("status")).toBe("success")
        expect(location.searchParams.get("payment_collection_id")).toBe(collection.id)
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
      // The payment module filters on any payment column; its filter type only names a few of them.
      const byCollection: FilterablePaymentProps & { payment_collection_id: string } = { payment_collection_id: collection.id }
      const [payment] = await payments.listPayments(byCollection, { relations: ["captures"] })
      expect(payment.captures).toHaveLength(1)
      expect(events).toEqual([
        expect.objectContaining({
          provider_id: "pp_zarinpal_zarinpal",
          payment_collection_id: collection.id,
          payment_session_id: session.id,
          payment_id: payment.id,
          amount: 5_000_000,
          currency_code: "irr",
          transaction_id: expect.stringMatching(/^gtx_/),
        }),
      ])
    })

    it("places the order when the browser never came back from a paid bank page, and releases an unpaid one, once", async () => {
      const { findPaymentsToReconcile, reconcileGatewayPaymentWorkflow } = await import("@asoud/iran-payments/workflows")
      const paid = await openCheckout("pp_zarinpal_zarinpal")
      const abandoned = await openCheckout("pp_zarinpal_zarinpal")
      arm("zarinpal", "return", "drop")
      const lost = await payOnBank(paid.session.data.redirect, "pay").catch((error) => error)
      expect(lost).toBeInstanceOf(Error)
      arm("zarinpal", "return", "drop")
      await payOnBank(abandoned.session.data.redirect, "cancel").catch(() => undefined)

      const container = getContainer()
      const reconcileAll = async () => {
        const ids = await findPaymentsToReconcile(container, { unreturnedAfterMinutes: 0, lookBackHours: 1, now: new Date(Date.now() + 1_000) })
        for (const id of ids) {
          await reconcileGatewayPaymentWorkflow(container).run({ input: { session_id: id } })
        }
        return ids
      }
      expect(await reconcileAll()).toEqual(expect.arrayContaining([paid.session.id, abandoned.session.id]))
      expect(await ordersOfCart(paid.cartId)).toHaveLength(1)
      expect(await ordersOfCart(abandoned.cartId)).toEqual([])
      const statuses = async () => {
        const { data } = await container.resolve("query").graph({
          entity: "gateway_transaction",
          fields: ["payment_session_id", "status"],
          filters: { payment_session_id: [paid.session.id, abandoned.session.id] },
        })
        return Object.fromEntries(data.map((t: { payment_session_id: string; status: string }) => [t.payment_session_id, t.status]))
      }
      expect(await statuses()).toEqual({ [paid.session.id]: "verified", [abandoned.session.id]: "expired" })

      expect(await reconcileAll()).toEqual([])
      expect(await ordersOfCart(paid.cartId)).toHaveLength(1)
      expect(calls("zarinpal", "verify")).toHaveLength(1)
    })

    it("shows the admin the order's gateway transaction with its timeline", async () => {
      const { session } = await openCheckout("pp_mellat_mellat")
      const { location } = await sendReturn(await payOnBank(session.data.redirect, "pay"))
      const orderId = location.searchParams.get("order_id")
      const { data: auth } = await api.post("/auth/user/emailpass", { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password })
      const { data } = await api.get(`/admin/iran-payments/transactions?order_id=${orderId}`, { headers: { authorization: `Bearer ${auth.token}` } })
      expect(data.gateway_transactions).toHaveLength(1)
      const [transaction] = data.gateway_transactions
      expect(transaction).toEqual(
        expect.objectContaining({ provider_id: "pp_mellat_mellat", status: "verified", token: session.data.token, order_reference: session.data.order_reference, gateway_unit: "IRR" })
      )
      expect(transaction.card_pan).toMatch(/\*/)
      expect(transaction.timeline.entries.map((entry: { status: string }) => entry.status)).toEqual(["initiated", "returned", "verified"])
      const denied = await api.get(`/admin/iran-payments/transactions?order_id=${orderId}`).catch((e: { response: { status: number } }) => e.response)
      expect(denied.status).toBe(401)
    })

    it("sends the shopper back with the cart and a readable error when the order cannot be placed, giving the bank's money back at once", async () => {
      const { cartId, session } = await openCheckout("pp_zarinpal_zarinpal")
      const ret = await payOnBank(session.data.redirect, "pay")
      // Stock runs out while the shopper is on the bank page.
      const container = getContainer()
      await sellOut(cartId)

      const { location } = await sendReturn(ret)
      expect(location.searchParams.get("status")).toBe("failed")
      expect(location.searchParams.get("code")).toBe("order_not_placed")
      expect(location.searchParams.get("cart_id")).toBe(cartId)
      expect(location.searchParams.get("message")).toMatch(/بازگردانده شد/)
      expect(await ordersOfCart(cartId)).toEqual([])
      // The bank took the money: it is verified and reversed at once, never left captured without an order.
      expect(calls("zarinpal", "verify")).toHaveLength(1)
      expect(calls("zarinpal", "reverse")).toHaveLength(1)
      const { data: payments } = await container.resolve("query").graph({
        entity: "payment_session",
        fields: ["id", "payment.data", "payment.canceled_at"],
        filters: { id: session.id },
      })
      expect(payments[0].payment?.canceled_at).toBeTruthy()
      expect((payments[0].payment?.data as { reversed_at?: string } | undefined)?.reversed_at).toBeTruthy()
      const { data: transactions } = await container.resolve("query").graph({
        entity: "gateway_transaction",
        fields: ["status", "order_id", "error_code", "error_message", "timeline"],
        filters: { payment_session_id: session.id },
      })
      expect(transactions[0]).toMatchObject({ status: "failed", order_id: null, error_code: "order_not_placed" })
      expect(transactions[0].error_message).toMatch(/revers/)
      // The cart is still there to pay again.
      const { data } = await api.get(`/store/carts/${cartId}`, store())
      expect(data.cart.completed_at).toBeNull()
    })

    it("retries a reversal the bank did not answer with the reconciliation job, with backoff, until it is reversed exactly once", async () => {
      const { cartId, session } = await openCheckout("pp_zarinpal_zarinpal")
      const ret = await payOnBank(session.data.redirect, "pay")
      await sellOut(cartId)
      // The bank refuses reversals for a while: the return's reversal and the job's first retry fail.
      simulator.faults.arm("zarinpal", "reverse", { kind: "code", value: -9, times: 2 })
      const { location } = await sendReturn(ret)
      expect(location.searchParams.get("status")).toBe("failed")
      expect(location.searchParams.get("code")).toBe("order_not_placed")
      expect(location.searchParams.get("message")).not.toMatch(/بازگردانده شد/)

      const container = getContainer()
      const paymentOf = async () => {
        const { data } = await container.resolve("query").graph({ entity: "payment_session", fields: ["payment.data", "payment.canceled_at"], filters: { id: session.id } })
        return data[0].payment as { data: { reversed_at?: string | null }; canceled_at: string | null }
      }
      const transaction = async () => {
        const { data } = await container.resolve("query").graph({ entity: "gateway_transaction", fields: ["status", "order_id", "error_code", "error_message"], filters: { payment_session_id: session.id } })
        return data[0] as { status: string; order_id: string | null; error_code: string | null; error_message: string | null }
      }
      expect(await transaction()).toMatchObject({ status: "reversal_pending", order_id: null, error_code: "order_not_placed" })
      expect((await paymentOf()).canceled_at).toBeNull()

      const { reconcileGatewayPaymentsAt: reconcile } = await import("@asoud/iran-payments/jobs/reconcile-gateway-payments")
      const minutesLater = (minutes: number) => new Date(Date.now() + minutes * 60_000)
      // Not due yet, then due while the bank still fails: nothing changes but the attempt count.
      await reconcile(container, minutesLater(1))
      expect(calls("zarinpal", "reverse")).toHaveLength(1)
      await reconcile(container, minutesLater(6))
      expect(calls("zarinpal", "reverse")).toHaveLength(2)
      expect(await transaction()).toMatchObject({ status: "reversal_pending", order_id: null })
      expect((await paymentOf()).canceled_at).toBeNull()
      // It backs off: 5 minutes after the second attempt is too early.
      await reconcile(container, minutesLater(11))
      expect(calls("zarinpal", "reverse")).toHaveLength(2)

      // The bank is back: two overlapping runs reverse the payment once; a later run does nothing.
      await Promise.all([reconcile(container, minutesLater(20)), reconcile(container, minutesLater(20))])
      await reconcile(container, minutesLater(60))
      expect(calls("zarinpal", "reverse").map((c) => JSON.stringify(c.response).match(/"code":(-?\d+)/)?.[1])).toEqual(["-9", "-9", "100"])
      expect(await transaction()).toMatchObject({ status: "failed", order_id: null, error_code: "order_not_placed" })
      expect((await transaction()).error_message).toMatch(/reversed/)
      const payment = await paymentOf()
      expect(payment.canceled_at).toBeTruthy()
      expect(payment.data.reversed_at).toBeTruthy()
      expect(await ordersOfCart(cartId)).toEqual([])
    })

    it("refuses a return URL outside the storefront allow-list", async () => {
      const error = await openCheckout(GATEWAYS[0].provider_id, "https://evil.example/steal").catch((e) => e.response)
      expect(error.status).toBe(400)
      expect(error.data.message).toMatch(/return_url/)
    })
  },
})
