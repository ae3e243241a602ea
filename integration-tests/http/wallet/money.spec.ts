import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Simulator } from "@asoud/simulator"
import { join } from "node:path"
import { simulatedGateways, STOREFRONT } from "../../helpers/simulated-gateways"
import { seedDemo } from "../../helpers/demo"
import { tryStartBuiltServer } from "../../helpers/launcher"
import { freePort } from "../../helpers/ports"
import { payOnBank, sendReturn, type Redirect } from "../payments/browser"
import { adminHeaders, errorOf, type Headers, payCartWith, readyCart, signUpCustomer } from "./fixtures"

jest.setTimeout(600_000)

const gateways = simulatedGateways()
const { appEnv: APP_ENV } = gateways
const SHEBA = "IR820540102680020817909002"

let simulator: Simulator
beforeAll(() => {
  simulator = gateways.simulator()
})

/** Issue #12: money paths of the wallet (split payments, withdrawal replays). */
medusaIntegrationTestRunner({
  env: APP_ENV,
  testSuite: ({ api, getContainer, dbConfig }) => {
    let publishableKey: string
    let regionId: string
    let admin: Headers

    beforeEach(async () => {
      simulator.reset()
      const seeded = await seedDemo(getContainer())
      publishableKey = seeded.summary.publishable_key!
      regionId = seeded.regionId!
      admin = await adminHeaders(api)
    })

    const fundedCustomer = async (email: string, funds: number) => {
      const { customer, store } = await signUpCustomer(api, publishableKey, email)
      const { data: opened } = await api.post("/admin/wallets", { owner_type: "customer", owner_id: customer.id }, admin)
      await api.post(`/admin/wallets/${opened.wallet.id}/adjustments`, { type: "credit", amount: funds, reason: "آزمون" }, admin)
      const wallet = async () => (await api.get(`/admin/wallets/${opened.wallet.id}`, admin)).data.wallet
      return { customer, store, wallet }
    }

    it("completes 20 split payments in a row without a single order_not_placed, whatever order the sessions come back in", async () => {
      const ROUNDS = 20
      const { store, wallet } = await fundedCustomer("split-many@example.com", 50_000_000)
      const query = getContainer().resolve("query")
      const splitCheckout = async (round: number) => {
        const { cartId, total } = await readyCart(api, store, regionId, "saffron-sargol")
        await api.post("/store/payment-collections", { cart_id: cartId }, store)
        const { data } = await api.post(
          `/store/carts/${cartId}/wallet-split`,
          { wallet_amount: 100_000, provider_id: "pp_zarinpal_zarinpal", data: { return_url: `${STOREFRONT}/checkout` } },
          store
        )
        const { location } = await sendReturn(await payOnBank(data.payment_sessions.gateway.data.redirect as Redirect, "pay"))
        expect({ round, status: location.searchParams.get("status"), code: location.searchParams.get("code") }).toEqual({
          round,
          status: "success",
          code: null,
        })
        const orderId = location.searchParams.get("order_id")!
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id", "summary.*", "payment_collections.payments.provider_id", "payment_collections.payments.amount", "payment_collections.payments.captured_at"],
          filters: { id: orderId },
        })
        const payments = orders[0].payment_collections![0]!.payments!.map((p) => [p!.provider_id, Number(p!.amount), !!p!.captured_at])
        expect(payments.sort()).toEqual([
          ["pp_wallet_wallet", 100_000, false],
          ["pp_zarinpal_zarinpal", total - 100_000, true],
        ])
        // What the bank took is on the order, whichever session Medusa authorized itself.
        expect(Number((orders[0].summary as { paid_total: number }).paid_total)).toBe(total - 100_000)
        return orderId
      }
      // One checkout after another, as the issue asks: a single failure fails the test with its round.
      const orderIds: string[] = []
      for (let round = 0; round < ROUNDS; round++) {
        orderIds.push(await splitCheckout(round))
      }
      expect(new Set(orderIds).size).toBe(ROUNDS)
      expect(await wallet()).toMatchObject({ balance: 50_000_000, held: ROUNDS * 100_000 })
    })

    it("refuses to start a platform whose markets plugin is installed but cannot be loaded (#12.9)", async () => {
      // Market earnings are credited by a subscriber long after checkout, where a broken bridge would only
      // be a log line: the platform must not take a single order it could not credit to its market.
      const env = { ...process.env, DATABASE_URL: dbConfig.clientUrl, PORT: String(freePort()), LOG_LEVEL: "error" }
      const broken = await tryStartBuiltServer(
        { ...env, NODE_OPTIONS: `--require ${join(__dirname, "broken-markets.cjs")}` },
        { until: /could not load @asoud\/markets\/bridge/ }
      )
      expect(broken.started).toBe(false)
      expect(broken.output).toMatch(/@asoud\/wallet could not load @asoud\/markets\/bridge: Cannot find module '\.\/steps\/create-market'/)
    })

    it("gives the bank's money back at once when the wallet part fails after the shopper paid (no order, nothing held)", async () => {
      const { store, wallet } = await fundedCustomer("split-drained@example.com", 500_000)
      const { cartId } = await readyCart(api, store, regionId, "saffron-sargol")
      await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const { data } = await api.post(
        `/store/carts/${cartId}/wallet-split`,
        { wallet_amount: 400_000, provider_id: "pp_zarinpal_zarinpal", data: { return_url: `${STOREFRONT}/checkout` } },
        store
      )
      // While the shopper is on the bank page, the wallet is spent elsewhere.
      await api.post(`/admin/wallets/${(await wallet()).id}/adjustments`, { type: "debit", amount: 300_000, reason: "آزمون" }, admin)
      const { location } = await sendReturn(await payOnBank(data.payment_sessions.gateway.data.redirect as Redirect, "pay"))
      expect(location.searchParams.get("status")).toBe("failed")
      expect(location.searchParams.get("code")).toBe("order_not_placed")
      expect(simulator.calls.list({ service: "zarinpal", operation: "verify" })).toHaveLength(1)
      expect(simulator.calls.list({ service: "zarinpal", operation: "reverse" })).toHaveLength(1)
      const { data: links } = await getContainer().resolve("query").graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(links).toEqual([])
      expect(await wallet()).toMatchObject({ balance: 200_000, held: 0 })
    })

    it("never answers `authorized` for a wallet hold that was released", async () => {
      const { store, wallet } = await fundedCustomer("released-hold@example.com", 1_000_000_000)
      const { cartId, total } = await readyCart(api, store, regionId, "saffron-sargol")
      const collection = await payCartWith(api, store, cartId, "pp_wallet_wallet")
      const payments = getContainer().resolve("payment")
      const sessionId = collection.payment_sessions[0].id
      const payment = await payments.authorizePaymentSession(sessionId, {})
      expect(await wallet()).toMatchObject({ held: total })
      await payments.cancelPayment(payment!.id)
      expect(await wallet()).toMatchObject({ held: 0 })

      // The real provider, asked again (a retried authorization with the session's data, or one that
      // lost it and replays the hold's key), answers with the hold as it is now.
      type ProviderCall = { authorizePayment: (id: string, input: { data: Record<string, unknown>; context: object }) => Promise<{ status: string }> }
      const provider = (payments as unknown as { paymentProviderService_: ProviderCall }).paymentProviderService_
      const { data } = await payments.retrievePaymentSession(sessionId)
      expect((await provider.authorizePayment("pp_wallet_wallet", { data: data!, context: {} })).status).toBe("canceled")
      const { hold_id: _held, wallet_id: _wallet, ...beforeHold } = data as Record<string, unknown>
      expect((await provider.authorizePayment("pp_wallet_wallet", { data: beforeHold, context: {} })).status).toBe("canceled")
      expect(await wallet()).toMatchObject({ balance: 1_000_000_000, held: 0 })
    })

    it("a replayed withdrawal request (in a row and 3 at once) holds once and answers with the first request", async () => {
      const { store, wallet } = await fundedCustomer("payout-replay@example.com", 100_000)
      const ask = (key: string, amount = 10_000) =>
        api.post("/store/customers/me/wallet/withdrawals", { amount, iban: SHEBA, account_holder: "سارا محمدی", idempotency_key: key }, store)

      const first = await ask("payout-1")
      const again = await ask("payout-1")
      expect(again.data.withdrawal.id).toBe(first.data.withdrawal.id)

      const racing = await Promise.all([ask("payout-2", 20_000), ask("payout-2", 20_000), ask("payout-2", 20_000)])
      expect(new Set(racing.map((r) => r.data.withdrawal.id)).size).toBe(1)

      const { data: mine } = await api.get("/store/customers/me/wallet/withdrawals", store)
      expect(mine.withdrawals.map((w: { amount: number }) => Number(w.amount)).sort()).toEqual([10_000, 20_000])
      expect(await wallet()).toMatchObject({ balance: 100_000, held: 30_000 })

      // Every request can be decided: no twin is left on a hold that is already gone.
      await api.post(`/admin/wallet-withdrawals/${first.data.withdrawal.id}/approve`, { bank_reference: "PAYA-1" }, admin)
      await api.post(`/admin/wallet-withdrawals/${racing[0].data.withdrawal.id}/reject`, { reason: "نام صاحب حساب مطابقت ندارد" }, admin)
      const { data: pending } = await api.get("/admin/wallet-withdrawals?status=pending", admin)
      expect(pending.withdrawals).toEqual([])
      expect(await wallet()).toMatchObject({ balance: 90_000, held: 0 })

      // A replay of a request that was since undone says so (the first result, now rejected), and moves nothing.
      const late = await ask("payout-2", 20_000)
      expect(late.data.withdrawal).toMatchObject({ id: racing[0].data.withdrawal.id, status: "rejected" })
      expect(await wallet()).toMatchObject({ balance: 90_000, held: 0 })

      const reused = await errorOf(ask("payout-1", 11_000))
      expect(reused.status).toBe(409)
    })
  },
})
