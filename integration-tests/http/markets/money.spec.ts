import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "@asoud/markets/workflows"
import type { MarketModuleService } from "@asoud/markets/modules/market"
import type { Simulator } from "@asoud/simulator"
import { simulatedGateways, STOREFRONT } from "../../helpers/simulated-gateways"
import { seedDemo } from "../../helpers/demo"
import { DEMO_TIER_CUSTOMERS } from "../../../src/seed/pricing-tiers"
import { payOnBank, sendReturn, type Redirect } from "../payments/browser"
import { adminHeaders, errorOf, eventually, type Headers, signUpCustomer } from "../wallet/fixtures"

jest.setTimeout(300_000)

const gateways = simulatedGateways()
let simulator: Simulator
beforeAll(() => {
  simulator = gateways.simulator()
})

type MoneyOrder = {
  id: string
  total: number
  payment_status: string
  metadata: Record<string, any> | null
  summary: { paid_total: number; refunded_total: number }
  transactions: { amount: number; reference: string }[]
  payment_collections: { amount: number; authorized_amount: number; captured_amount: number; refunded_amount: number; status: string }[]
}

/** Issue #12: money on market orders (payment shares, refunds), whole rials, stale prices through a gateway. */
medusaIntegrationTestRunner({
  env: gateways.appEnv,
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string
    let admin: Headers
    let owners: Record<string, Headers>
    let marketIds: Record<string, string>

    const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
    const ownerLogin = async (email: string) => bearer((await api.post("/auth/user/emailpass", { email, password: "asoud-market" })).data.token)

    beforeEach(async () => {
      simulator.reset()
      const seeded = await seedDemo(getContainer())
      publishableKey = seeded.summary.publishable_key!
      regionId = seeded.regionId!
      admin = await adminHeaders(api)
      owners = { saffron: await ownerLogin("saffron@asoud.local"), isfahan: await ownerLogin("isfahan@asoud.local") }
      const { data } = await api.get("/admin/markets?limit=50", admin)
      marketIds = Object.fromEntries(data.markets.map((m: { handle: string; id: string }) => [m.handle, m.id]))
    })

    /** A cart of `lines`, shipped, with a payment collection; `store` carries the key and maybe a customer. */
    const readyCart = async (store: Headers, lines: { handle: string; quantity: number }[]) => {
      const { data } = await api.post("/store/carts", { region_id: regionId, email: "shopper@asoud.test" }, store)
      const cartId = data.cart.id as string
      for (const line of lines) {
        const { data: found } = await api.get(`/store/products?handle=${line.handle}&fields=id,*variants`, store)
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: found.products[0].variants[0].id, quantity: line.quantity }, store)
      }
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: { first_name: "سارا", last_name: "احمدی", address_1: "خیابان ولیعصر", city: "تهران", country_code: "ir", postal_code: "1511111111" } },
        store
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=id,total`, store)
      return { cartId, collectionId: collection.payment_collection.id as string, total: Number(cart.cart.total) }
    }

    const readOrders = async (ids: string[]): Promise<Record<string, MoneyOrder>> => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "total", "metadata", "summary.*", "transactions.amount", "transactions.reference", "payment_collections.*"],
        filters: { id: ids },
      })
      return Object.fromEntries((data as unknown as MoneyOrder[]).map((o) => [o.id, o]))
    }

    /** A customer's two-market checkout paid with the system provider, then captured by the platform. */
    const placeTwoMarketOrder = async () => {
      const { store } = await signUpCustomer(api, publishableKey, "two-markets@example.com")
      const { cartId, collectionId } = await readyCart(store, [
        { handle: "saffron-sargol", quantity: 1 },
        { handle: "minakari-plate", quantity: 2 },
      ])
      await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      const checkout = data.order
      const service = getContainer().resolve<MarketModuleService>(MARKET_MODULE)
      const [group] = await service.listOrderGroups({ cart_id: cartId })
      const records = await service.listMarketOrders({ order_group_id: group.id })
      const byMarket = Object.fromEntries(records.map((r) => [r.market_id === marketIds["saffron-house"] ? "saffron" : "isfahan", r]))
      return { store, checkout, group, records, saffron: byMarket.saffron, isfahan: byMarket.isfahan }
    }

    describe("market orders of a multi-market checkout", () => {
      it("shows each market order paid with its own share: authorized at checkout, captured when the payment is", async () => {
        const { store, checkout, saffron, isfahan } = await placeTwoMarketOrder()
        let orders = await readOrders([saffron.order_id, isfahan.order_id])
        for (const record of [saffron, isfahan]) {
          const order = orders[record.order_id]
          expect(order.payment_collections).toHaveLength(1)
          expect(order.payment_collections[0]).toMatchObject({ status: "authorized" })
          expect(Number(order.payment_collections[0].authorized_amount)).toBe(Number(order.total))
        }
        // The owner sees their market order authorized, for its own total.
        const { data: owned } = await api.get(`/admin/orders/${saffron.order_id}?fields=id,total,payment_status`, owners.saffron)
        expect(owned.order.payment_status).toBe("authorized")

        const { data: paid } = await api.get(`/admin/orders/${checkout.id}?fields=id,*payment_collections.payments`, admin)
        await api.post(`/admin/payments/${paid.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
        orders = await eventually(
          () => readOrders([saffron.order_id, isfahan.order_id]),
          (o) => Object.values(o).every((order) => order.payment_collections[0].status === "completed")
        )
        for (const record of [saffron, isfahan]) {
          const order = orders[record.order_id]
          expect(Number(order.payment_collections[0].captured_amount)).toBe(Number(order.total))
        }
        const { data: ownerView } = await api.get(`/admin/orders/${isfahan.order_id}?fields=id,payment_status,summary`, owners.isfahan)
        expect(ownerView.order.payment_status).toBe("captured")
        const { data: shopperView } = await api.get(`/store/orders/${saffron.order_id}?fields=id,payment_status,summary`, store)
        expect(shopperView.order.payment_status).toBe("captured")
        expect(Number(shopperView.order.summary.paid_total)).toBe(Number(orders[saffron.order_id].total))
      })

      it("passes refunds of the checkout (partial, then the rest) to each market order pro rata, exactly, with its earning and commission", async () => {
        const { checkout, saffron, isfahan } = await placeTwoMarketOrder()
        const { data: paid } = await api.get(`/admin/orders/${checkout.id}?fields=id,total,*payment_collections.payments`, admin)
        await api.post(`/admin/payments/${paid.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
        for (const record of [saffron, isfahan]) {
          await api.post(`/admin/orders/${record.order_id}/complete`, {}, admin)
        }
        const marketWallet = async (handle: string) =>
          (await api.get(`/admin/wallets?owner_type=market&owner_id=${marketIds[handle]}`, admin)).data.wallets[0] as { id: string; balance: number } | undefined
        const earned = { saffron: Number(saffron.total) - Number(saffron.commission_amount), isfahan: Number(isfahan.total) - Number(isfahan.commission_amount) }
        expect((await eventually(() => marketWallet("saffron-house"), (w) => !!w && w.balance > 0))!.balance).toBe(earned.saffron)
        expect((await eventually(() => marketWallet("isfahan-crafts"), (w) => !!w && w.balance > 0))!.balance).toBe(earned.isfahan)

        const total = Number(paid.order.total)
        const part = 100_001
        await api.post(`/admin/orders/${checkout.id}/wallet-refunds`, { amount: part, note: "یک قلم ناقص" }, admin)
        const refundedOf = (o: MoneyOrder) => 0 - o.transactions.filter((t) => Number(t.amount) < 0).reduce((s, t) => s + Number(t.amount), 0)
        let orders = await eventually(
          () => readOrders([saffron.order_id, isfahan.order_id]),
          (o) => Object.values(o).every((order) => order.metadata?.asoud_refunds?.refunded_total === String(refundedOf(order))) &&
            Object.values(o).reduce((s, order) => s + refundedOf(order), 0) === part
        )
        const shares = [saffron, isfahan].map((r) => refundedOf(orders[r.order_id]))
        expect(shares[0] + shares[1]).toBe(part)
        expect(Math.abs(shares[0] - (part * Number(saffron.total)) / total)).toBeLessThanOrEqual(1)
        for (const record of [saffron, isfahan]) {
          const order = orders[record.order_id]
          expect(order.metadata?.asoud_refunds).toMatchObject({ refunded_total: String(refundedOf(order)) })
          const { commission_refunded, market_earning_refunded } = order.metadata!.asoud_refunds
          expect(Number(commission_refunded) + Number(market_earning_refunded)).toBe(refundedOf(order))
          expect(order.payment_collections[0].status).toBe("completed")
          expect(Number(order.payment_collections[0].refunded_amount)).toBe(refundedOf(order))
        }
        const { data: ownerView } = await api.get(`/admin/orders/${saffron.order_id}?fields=id,payment_status`, owners.saffron)
        expect(ownerView.order.payment_status).toBe("partially_refunded")
        const saffronEarningBack = Number(orders[saffron.order_id].metadata!.asoud_refunds.market_earning_refunded)
        expect((await eventually(() => marketWallet("saffron-house"), (w) => w!.balance < earned.saffron))!.balance).toBe(earned.saffron - saffronEarningBack)

        // The rest: every market order is refunded to the rial, and every market gives back exactly what it earned.
        await api.post(`/admin/orders/${checkout.id}/wallet-refunds`, { amount: total - part }, admin)
        orders = await eventually(
          () => readOrders([saffron.order_id, isfahan.order_id]),
          (o) => Object.values(o).every((order) => Number(order.metadata?.asoud_refunds?.refunded_total) === Number(order.total)) &&
            Object.values(o).reduce((s, order) => s + refundedOf(order), 0) === total
        )
        for (const record of [saffron, isfahan]) {
          const order = orders[record.order_id]
          expect(refundedOf(order)).toBe(Number(order.total))
          expect(Number(order.metadata!.asoud_refunds.refunded_total)).toBe(Number(order.total))
          expect(Number(order.metadata!.asoud_refunds.commission_refunded)).toBe(Number(record.commission_amount))
        }
        expect((await eventually(() => marketWallet("saffron-house"), (w) => w!.balance === 0))!.balance).toBe(0)
        expect((await eventually(() => marketWallet("isfahan-crafts"), (w) => w!.balance === 0))!.balance).toBe(0)
        const { data: refundedView } = await api.get(`/admin/orders/${isfahan.order_id}?fields=id,payment_status`, owners.isfahan)
        expect(refundedView.order.payment_status).toBe("refunded")
      })
    })

    describe("refunds before a market order is completed (#12.2)", () => {
      it("credits each market only its earning less its share of the earlier refund, whichever event comes first; the rest of the refund takes back the rest", async () => {
        const { checkout, saffron, isfahan } = await placeTwoMarketOrder()
        const { data: paid } = await api.get(`/admin/orders/${checkout.id}?fields=id,total,*payment_collections.payments`, admin)
        await api.post(`/admin/payments/${paid.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
        const total = Number(paid.order.total)
        const part = 100_001
        await api.post(`/admin/orders/${checkout.id}/wallet-refunds`, { amount: part, note: "پیش از تکمیل" }, admin)
        // Isfahan's order completes at once, racing the refund's pass-through; saffron's after it arrived.
        await api.post(`/admin/orders/${isfahan.order_id}/complete`, {}, admin)
        const passedOn = (o: MoneyOrder) => o.metadata?.asoud_refunds?.market_earning_refunded !== undefined
        await eventually(() => readOrders([saffron.order_id]), (o) => passedOn(o[saffron.order_id]))
        await api.post(`/admin/orders/${saffron.order_id}/complete`, {}, admin)

        let orders = await eventually(
          () => readOrders([saffron.order_id, isfahan.order_id]),
          (o) => Object.values(o).every(passedOn)
        )
        const shares = [saffron, isfahan].map((r) => Number(orders[r.order_id].metadata!.asoud_refunds.refunded_total))
        expect(shares[0] + shares[1]).toBe(part)
        const marketLedger = async (handle: string) => {
          const wallet = (await api.get(`/admin/wallets?owner_type=market&owner_id=${marketIds[handle]}`, admin)).data.wallets[0] as { id: string; balance: number } | undefined
          const entries = wallet ? (await api.get(`/admin/wallets/${wallet.id}/entries?limit=50`, admin)).data.entries : []
          return { balance: Number(wallet?.balance ?? 0), entries: entries as { type: string; amount: number; reference_id: string }[] }
        }
        for (const [handle, record] of [["saffron-house", saffron], ["isfahan-crafts", isfahan]] as const) {
          const earned = Number(record.total) - Number(record.commission_amount)
          const owed = earned - Number(orders[record.order_id].metadata!.asoud_refunds.market_earning_refunded)
          const ledger = await eventually(() => marketLedger(handle), (l) => l.balance === owed)
          expect({ handle, balance: ledger.balance }).toEqual({ handle, balance: owed })
        }
        // Saffron's order completed after the refund reached it: credited only what it is owed, never the
        // full earning (isfahan's may have been credited in full and reversed at once, the race decides).
        const saffronCredits = (await marketLedger("saffron-house")).entries.filter((e) => e.type === "credit").map((e) => Number(e.amount))
        expect(saffronCredits).toEqual([Number(saffron.total) - Number(saffron.commission_amount) - Number(orders[saffron.order_id].metadata!.asoud_refunds.market_earning_refunded)])

        // The rest of the refund: every market gives back exactly what it was credited.
        await api.post(`/admin/orders/${checkout.id}/wallet-refunds`, { amount: total - part }, admin)
        orders = await eventually(
          () => readOrders([saffron.order_id, isfahan.order_id]),
          (o) => Object.values(o).every((order) => Number(order.metadata?.asoud_refunds?.refunded_total) === Number(order.total))
        )
        for (const handle of ["saffron-house", "isfahan-crafts"]) {
          expect((await eventually(() => marketLedger(handle), (l) => l.balance === 0)).balance).toBe(0)
        }
      })

      it("credits nothing for a market order canceled before it was completed", async () => {
        const { isfahan, saffron } = await placeTwoMarketOrder()
        await api.post(`/admin/orders/${isfahan.order_id}/cancel`, {}, admin)
        const refused = await errorOf(api.post(`/admin/orders/${isfahan.order_id}/complete`, {}, admin))
        expect(refused.status).toBeGreaterThanOrEqual(400)
        await api.post(`/admin/orders/${saffron.order_id}/complete`, {}, admin)
        const wallets = async () => (await api.get(`/admin/wallets?owner_type=market`, admin)).data.wallets as { owner_id: string; balance: number }[]
        const settled = await eventually(wallets, (w) => w.some((x) => x.owner_id === marketIds["saffron-house"] && Number(x.balance) > 0))
        expect(Number(settled.find((w) => w.owner_id === marketIds["saffron-house"])!.balance)).toBe(Number(saffron.total) - Number(saffron.commission_amount))
        expect(Number(settled.find((w) => w.owner_id === marketIds["isfahan-crafts"])?.balance ?? 0)).toBe(0)
      })
    })

    describe("refunds on a market order", () => {
      it("refunds one market's order to the wallet; the checkout can then refund only the rest, and each order ends refunded exactly", async () => {
        const { store } = await signUpCustomer(api, publishableKey, "market-refund@example.com")
        const { cartId, collectionId, total } = await readyCart(store, [
          { handle: "saffron-sargol", quantity: 1 },
          { handle: "minakari-plate", quantity: 1 },
        ])
        await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: "pp_system_default" }, store)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        const checkoutId = data.order.id as string
        const { data: paid } = await api.get(`/admin/orders/${checkoutId}?fields=id,*payment_collections.payments`, admin)
        await api.post(`/admin/payments/${paid.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
        const service = getContainer().resolve<MarketModuleService>(MARKET_MODULE)
        const [group] = await service.listOrderGroups({ cart_id: cartId })
        const records = await service.listMarketOrders({ order_group_id: group.id })
        const saffron = records.find((r) => r.market_id === marketIds["saffron-house"])!
        const isfahan = records.find((r) => r.market_id === marketIds["isfahan-crafts"])!
        await eventually(() => readOrders([saffron.order_id]), (o) => o[saffron.order_id].payment_collections[0]?.status === "completed")

        await api.post(`/admin/orders/${saffron.order_id}/wallet-refunds`, { amount: 50_000, note: "یک بسته آسیب دیده" }, admin)
        const refundedOf = (o: MoneyOrder) => 0 - o.transactions.filter((t) => Number(t.amount) < 0).reduce((sum, t) => sum + Number(t.amount), 0)
        let orders = await eventually(
          () => readOrders([checkoutId, saffron.order_id, isfahan.order_id]),
          (o) => refundedOf(o[checkoutId]) === 50_000 && Number(o[saffron.order_id].metadata?.asoud_refunds?.refunded_total) === 50_000
        )
        expect(refundedOf(orders[checkoutId])).toBe(50_000)
        expect(refundedOf(orders[isfahan.order_id])).toBe(0)
        const { data: ownerView } = await api.get(`/admin/orders/${saffron.order_id}?fields=id,payment_status`, owners.saffron)
        expect(ownerView.order.payment_status).toBe("partially_refunded")

        // The group's money is refunded once: the checkout can give back only what is left.
        const tooMuch = await errorOf(api.post(`/admin/orders/${checkoutId}/wallet-refunds`, { amount: total - 50_000 + 1 }, admin))
        expect(tooMuch.status).toBe(400)
        await api.post(`/admin/orders/${checkoutId}/wallet-refunds`, { amount: total - 50_000 }, admin)
        orders = await eventually(
          () => readOrders([saffron.order_id, isfahan.order_id]),
          (o) => Object.values(o).every((order) => refundedOf(order) === Number(order.total))
        )
        for (const record of [saffron, isfahan]) {
          expect(refundedOf(orders[record.order_id])).toBe(Number(record.total))
        }
        const { data: wallet } = await api.get("/store/customers/me/wallet", store)
        expect(Number(wallet.wallet.balance)).toBe(total)
      })
    })

    describe("whole rials", () => {
      it("refuses a gateway session and an order for a total in fractions of a rial, saying why", async () => {
        const { data: found } = await api.get(`/admin/products?handle=lahijan-tea&fields=id,*variants`, admin)
        const product = found.products[0]
        await api.post(`/admin/products/${product.id}/variants/${product.variants[0].id}`, { prices: [{ currency_code: "irr", amount: 33_333 }] }, admin)
        const { store } = await signUpCustomer(api, publishableKey, "fraction@example.com")
        const { cartId, collectionId, total } = await readyCart(store, [{ handle: "lahijan-tea", quantity: 1 }])
        expect(Number.isInteger(total)).toBe(false)

        const refused = await errorOf(
          api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: "pp_zarinpal_zarinpal", data: { return_url: `${STOREFRONT}/checkout` } }, store)
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/not a whole number of rials/)
        expect(simulator.calls.list({ service: "zarinpal" })).toHaveLength(0)

        // The system provider asks no bank; the completion itself refuses.
        await getContainer().resolve("payment").createPaymentSession(collectionId, { provider_id: "pp_system_default", currency_code: "irr", amount: total, data: {} })
        const notPlaced = await errorOf(api.post(`/store/carts/${cartId}/complete`, {}, store))
        expect(JSON.stringify(notPlaced.data)).toMatch(/not a whole number of rials/)
        const { data: links } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(links).toHaveLength(0)
      })
    })

    /** A cart of `lines` with a gateway session, the bank page paid; the return is not sent yet. */
    const paidAtBank = async (store: Headers, lines: { handle: string; quantity: number }[], providerId: string) => {
      const { cartId, collectionId, total } = await readyCart(store, lines)
      const { data } = await api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: providerId, data: { return_url: `${STOREFRONT}/checkout` } },
        store
      )
      const session = data.payment_collection.payment_sessions[0] as { id: string; data: { redirect: Redirect } }
      return { cartId, total, sessionId: session.id, bankReturn: await payOnBank(session.data.redirect, "pay") }
    }
    /** The return sent the shopper back to the cart saying the money is back: verified once, reversed once, no order. */
    const expectGivenBack = async ({ location }: { location: URL }, cartId: string, code: string, [service, verify, reverse]: string[]) => {
      expect(location.searchParams.get("status")).toBe("failed")
      expect(location.searchParams.get("code")).toBe(code)
      expect(location.searchParams.get("cart_id")).toBe(cartId)
      expect(location.searchParams.get("message")).toMatch(/بازگردانده شد/)
      expect(simulator.calls.list({ service, operation: verify })).toHaveLength(1)
      expect(simulator.calls.list({ service, operation: reverse })).toHaveLength(1)
      const { data: links } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(links).toHaveLength(0)
    }
    const TWO_MARKETS = [
      { handle: "saffron-sargol", quantity: 1 },
      { handle: "minakari-plate", quantity: 1 },
    ]

    describe("a gateway return whose order is refused for another reason than prices (#12.1)", () => {
      it("reverses the bank's payment at once when a market was suspended while the shopper was at the bank", async () => {
        const { store } = await signUpCustomer(api, publishableKey, "suspended@example.com")
        const { cartId, sessionId, bankReturn } = await paidAtBank(store, TWO_MARKETS, "pp_mellat_mellat")
        await api.post(`/admin/markets/${marketIds["isfahan-crafts"]}/suspend`, {}, admin)

        // Verified (and settled) only to be reversed at once: nothing captured without an order.
        await expectGivenBack(await sendReturn(bankReturn), cartId, "order_not_placed", ["mellat", "bpVerifyRequest", "bpReversalRequest"])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["id", "payment.canceled_at"], filters: { id: sessionId } })
        expect(sessions[0].payment?.canceled_at).toBeTruthy()
        const { data: transactions } = await query.graph({ entity: "gateway_transaction", fields: ["status", "error_code", "error_message"], filters: { payment_session_id: sessionId } })
        expect(transactions[0]).toMatchObject({ status: "failed", error_code: "order_not_placed" })
        expect(transactions[0].error_message).toMatch(/not accepting orders.*reversed/)
        // A replay of the same return changes nothing: no second verify, reversal or order.
        const again = await sendReturn(bankReturn)
        expect(again.location.searchParams.get("status")).toBe("failed")
        expect(simulator.calls.list({ service: "mellat", operation: "bpReversalRequest" })).toHaveLength(1)
      })
    })

    describe("a gateway reversal of a multi-market checkout (#12.3)", () => {
      const REVERSALS = [
        { name: "Zarinpal", provider_id: "pp_zarinpal_zarinpal", service: "zarinpal", reverse: "reverse", completeFirst: true },
        { name: "Mellat", provider_id: "pp_mellat_mellat", service: "mellat", reverse: "bpReversalRequest", completeFirst: false },
      ]
      it.each(REVERSALS)("$name: the reversal reaches each market order exactly and takes back each market's earning and commission", async (gateway) => {
        const { store } = await signUpCustomer(api, publishableKey, `reversal-${gateway.service}@example.com`)
        const { cartId, total, bankReturn } = await paidAtBank(store, TWO_MARKETS, gateway.provider_id)
        const { location } = await sendReturn(bankReturn)
        expect(location.searchParams.get("status")).toBe("success")
        const checkoutId = location.searchParams.get("order_id")!
        const service = getContainer().resolve<MarketModuleService>(MARKET_MODULE)
        const [group] = await service.listOrderGroups({ cart_id: cartId })
        expect(group.checkout_order_id).toBe(checkoutId)
        const records = await service.listMarketOrders({ order_group_id: group.id })
        expect(records).toHaveLength(2)
        const marketWallet = async (marketId: string) =>
          Number((await api.get(`/admin/wallets?owner_type=market&owner_id=${marketId}`, admin)).data.wallets[0]?.balance ?? 0)
        const completeAll = async () => {
          for (const record of records) {
            await api.post(`/admin/orders/${record.order_id}/complete`, {}, admin)
          }
        }
        if (gateway.completeFirst) {
          await completeAll()
          for (const record of records) {
            const earned = Number(record.total) - Number(record.commission_amount)
            expect(await eventually(() => marketWallet(record.market_id), (b) => b === earned)).toBe(earned)
          }
        }

        // The platform refunds the checkout's payment: the gateway reverses it (its whole amount).
        const { data: paid } = await api.get(`/admin/orders/${checkoutId}?fields=id,*payment_collections.payments`, admin)
        await api.post(`/admin/payments/${paid.order.payment_collections[0].payments[0].id}/refund`, { amount: total }, admin)
        expect(simulator.calls.list({ service: gateway.service, operation: gateway.reverse })).toHaveLength(1)
        if (!gateway.completeFirst) {
          await completeAll()
        }

        const orders = await eventually(
          () => readOrders(records.map((r) => r.order_id)),
          (o) => Object.values(o).every((order) => Number(order.metadata?.asoud_refunds?.refunded_total) === Number(order.total))
        )
        for (const record of records) {
          const order = orders[record.order_id]
          const refunds = order.metadata!.asoud_refunds
          expect(Number(refunds.refunded_total)).toBe(Number(record.total))
          expect(Number(refunds.commission_refunded)).toBe(Number(record.commission_amount))
          expect(Number(refunds.market_earning_refunded)).toBe(Number(record.total) - Number(record.commission_amount))
          expect(Number(order.payment_collections[0].refunded_amount)).toBe(Number(record.total))
          expect(await eventually(() => marketWallet(record.market_id), (b) => b === 0)).toBe(0)
        }
        // Visible on each market order to its owner: refunded.
        const isfahan = records.find((r) => r.market_id === marketIds["isfahan-crafts"])!
        const { data: ownerView } = await api.get(`/admin/orders/${isfahan.order_id}?fields=id,payment_status`, owners.isfahan)
        expect(ownerView.order.payment_status).toBe("refunded")
      })
    })

    describe("stale prices through a gateway", () => {
      it("refuses a gateway return for a cart whose prices changed: money given back, clear status, cart re-priced", async () => {
        const tier = DEMO_TIER_CUSTOMERS[0]
        const { data: login } = await api.post("/auth/customer/emailpass", { email: tier.email, password: tier.password })
        const store: Headers = { headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": publishableKey } }
        const { cartId, collectionId } = await readyCart(store, [{ handle: "saffron-sargol", quantity: 1 }])
        const { data: before } = await api.get(`/store/carts/${cartId}?fields=id,total,items.unit_price`, store)
        const { data: session } = await api.post(
          `/store/payment-collections/${collectionId}/payment-sessions`,
          { provider_id: "pp_zarinpal_zarinpal", data: { return_url: `${STOREFRONT}/checkout` } },
          store
        )
        const redirect = session.payment_collection.payment_sessions[0].data.redirect as Redirect

        // The colleague price list ends while the shopper is on the bank page.
        const { data: tiers } = await api.get("/admin/pricing-tiers", admin)
        const colleague = tiers.pricing_tiers.find((t: { handle: string }) => t.handle === "colleague")
        await api.post(`/admin/price-lists/${colleague.price_list_id}`, { ends_at: new Date(Date.now() - 60_000).toISOString() }, admin)

        // The bank's money went back at once: verified, then reversed.
        await expectGivenBack(await sendReturn(await payOnBank(redirect, "pay")), cartId, "prices_changed", ["zarinpal", "verify", "reverse"])
        const { data: after } = await api.get(`/store/carts/${cartId}?fields=id,total,items.unit_price`, store)
        expect(Number(after.cart.items[0].unit_price)).toBeGreaterThan(Number(before.cart.items[0].unit_price))
      })
    })
  },
})
