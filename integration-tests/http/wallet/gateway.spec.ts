import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Simulator } from "@asoud/simulator"
import { simulatedGateways, STOREFRONT } from "../../helpers/simulated-gateways"
import { seedDemo } from "../../helpers/demo"
import { payOnBank, sendReturn, type Redirect } from "../payments/browser"
import { adminHeaders, eventually, type Headers, readyCart, signUpCustomer } from "./fixtures"

jest.setTimeout(180_000)

const gateways = simulatedGateways()
const { appEnv: APP_ENV } = gateways

let simulator: Simulator
beforeAll(() => {
  simulator = gateways.simulator()
})

medusaIntegrationTestRunner({
  env: APP_ENV,
  testSuite: ({ api, getContainer }) => {
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

    const startTopUp = async (email: string, amount: number) => {
      const { store } = await signUpCustomer(api, publishableKey, email)
      const { data } = await api.post(
        "/store/customers/me/wallet/top-ups",
        { amount, provider_id: "pp_zarinpal_zarinpal", data: { return_url: `${STOREFRONT}/wallet` } },
        store
      )
      return { store, data }
    }
    const balanceOf = async (store: { headers: Record<string, string> }) =>
      Number((await api.get("/store/customers/me/wallet", store)).data.wallet.balance)

    it("credits a gateway top-up exactly once under concurrent and replayed bank returns", async () => {
      const { store, data } = await startTopUp("gateway-topup@example.com", 2_500_000)
      const ret = await payOnBank((data.payment_session.data as { redirect: Redirect }).redirect, "pay")
      const returns = await Promise.all([sendReturn(ret), sendReturn(ret)])
      const replay = await sendReturn(ret)
      for (const { location } of [...returns, replay]) {
        expect(location.origin + location.pathname).toBe(`${STOREFRONT}/wallet`)
        expect(location.searchParams.get("status")).toBe("success")
      }

      expect(await eventually(() => balanceOf(store), (balance) => balance > 0)).toBe(2_500_000)
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect(await balanceOf(store)).toBe(2_500_000)
      const { data: entries } = await api.get("/store/customers/me/wallet/entries?reference_type=top_up", store)
      expect(entries.count).toBe(1)
      const { data: topUp } = await api.get(`/store/customers/me/wallet/top-ups/${data.top_up.id}`, store)
      expect(topUp.top_up.status).toBe("credited")
    })

    it("credits nothing when the shopper cancels on the bank page", async () => {
      const { store, data } = await startTopUp("gateway-cancel@example.com", 1_000_000)
      const ret = await payOnBank((data.payment_session.data as { redirect: Redirect }).redirect, "cancel")
      const { location } = await sendReturn(ret)
      expect(location.searchParams.get("status")).toBe("canceled")
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect(await balanceOf(store)).toBe(0)
      const { data: topUp } = await api.get(`/store/customers/me/wallet/top-ups/${data.top_up.id}`, store)
      expect(topUp.top_up.status).toBe("pending")
    })

    /** A customer with `funds` in the wallet and a ready cart split between the wallet and Zarinpal. */
    const startSplit = async (email: string, funds: number, walletPart: number) => {
      const { customer, store } = await signUpCustomer(api, publishableKey, email)
      const { data: opened } = await api.post("/admin/wallets", { owner_type: "customer", owner_id: customer.id }, admin)
      await api.post(`/admin/wallets/${opened.wallet.id}/adjustments`, { type: "credit", amount: funds, reason: "آزمون" }, admin)
      const { cartId, total } = await readyCart(api, store, regionId, "saffron-sargol")
      await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const { data } = await api.post(
        `/store/carts/${cartId}/wallet-split`,
        { wallet_amount: walletPart, provider_id: "pp_zarinpal_zarinpal", data: { return_url: `${STOREFRONT}/checkout` } },
        store
      )
      const wallet = async () => (await api.get(`/admin/wallets/${opened.wallet.id}`, admin)).data.wallet
      return { cartId, total, store, sessions: data.payment_sessions, wallet }
    }

    it("splits an order between the wallet and a gateway: the wallet part is held, the rest paid at the bank", async () => {
      const { cartId, total, sessions, wallet } = await startSplit("split@example.com", 3_000_000, 1_000_000)
      expect(Number(sessions.gateway.amount)).toBe(total - 1_000_000)
      expect(await wallet()).toMatchObject({ balance: 3_000_000, held: 0 })

      const ret = await payOnBank(sessions.gateway.data.redirect as Redirect, "pay")
      const { location } = await sendReturn(ret)
      expect(location.searchParams.get("status")).toBe("success")
      const orderId = location.searchParams.get("order_id")
      expect(orderId).toMatch(/^order_/)
      expect(await wallet()).toMatchObject({ balance: 3_000_000, held: 1_000_000, available: 2_000_000 })

      const { data } = await getContainer().resolve("query").graph({
        entity: "order_cart",
        fields: ["order_id", "cart.payment_collection.payments.provider_id", "cart.payment_collection.payments.amount"],
        filters: { cart_id: cartId },
      })
      const paid = data[0].cart!.payment_collection!.payments.map((p) => [p!.provider_id, Number(p!.amount)])
      expect(paid.sort()).toEqual(
        [["pp_wallet_wallet", 1_000_000], ["pp_zarinpal_zarinpal", total - 1_000_000]].sort()
      )
    })

    it("releases the wallet hold when the gateway part fails, and places no order", async () => {
      const { cartId, sessions, wallet } = await startSplit("split-fail@example.com", 3_000_000, 1_000_000)
      simulator.faults.arm("zarinpal", "pay", { kind: "amount", value: Number(sessions.gateway.data.gateway_amount) - 10_000, times: 1 })
      const { location } = await sendReturn(await payOnBank(sessions.gateway.data.redirect as Redirect, "pay"))
      expect(location.searchParams.get("status")).toBe("failed")
      expect(location.searchParams.get("cart_id")).toBe(cartId)
      expect(await wallet()).toMatchObject({ balance: 3_000_000, held: 0, available: 3_000_000 })
      const { data } = await getContainer().resolve("query").graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(data).toEqual([])
      const { data: ledger } = await api.get(`/admin/wallets/${(await wallet()).id}/entries?order=created_at`, admin)
      // The bank part is verified first, so a refused bank payment never holds the wallet part at all.
      expect(ledger.entries.map((e: { type: string }) => e.type)).toEqual(["credit"])
    })

    it("refuses a wallet part the wallet cannot cover", async () => {
      const { store } = await signUpCustomer(api, publishableKey, "split-poor@example.com")
      const { cartId } = await readyCart(api, store, regionId, "saffron-sargol")
      await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const refused = await api
        .post(`/store/carts/${cartId}/wallet-split`, { wallet_amount: 1_000, provider_id: "pp_zarinpal_zarinpal" }, store)
        .catch((e: { response: { status: number; data: { message: string } } }) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/Insufficient wallet balance/)
    })
  },
})
