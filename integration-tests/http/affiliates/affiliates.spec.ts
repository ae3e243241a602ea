import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "@asoud/markets/workflows"
import type { MarketModuleService } from "@asoud/markets/modules/market"
import { AFFILIATE_MODULE, processAffiliateCommissions } from "@asoud/affiliates/workflows"
import type { AffiliateModuleService } from "@asoud/affiliates/modules/affiliate"
import type { Simulator } from "@asoud/simulator"
import { simulatedGateways, STOREFRONT } from "../../helpers/simulated-gateways"
import { payOnBank, sendReturn, type Redirect } from "../payments/browser"
import { seedDemo } from "../../helpers/demo"
import { adminHeaders, errorOf, eventually, type Headers, signUpCustomer } from "../wallet/fixtures"

jest.setTimeout(600_000)

const gateways = simulatedGateways()
let simulator: Simulator
beforeAll(() => {
  simulator = gateways.simulator()
})

const DAY = 24 * 60 * 60 * 1000
const later = (days: number) => new Date(Date.now() + days * DAY)

type Commission = { id: string; order_id: string; market_id: string; status: string; review: string | null; amount: string; base_amount: string; original_amount: string; lines: { scope: string }[] }

/** Issue #11: affiliates (marketers) earn a commission per market order of what sells through them. */
medusaIntegrationTestRunner({
  env: gateways.appEnv,
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string
    let admin: Headers
    let marketIds: Record<string, string>
    let productIds: Record<string, string>
    let categoryIds: Record<string, string>

    beforeEach(async () => {
      simulator.reset()
      const seeded = await seedDemo(getContainer())
      publishableKey = seeded.summary.publishable_key!
      regionId = seeded.regionId!
      admin = await adminHeaders(api)
      const { data } = await api.get("/admin/markets?limit=50", admin)
      marketIds = Object.fromEntries(data.markets.map((m: { handle: string; id: string }) => [m.handle, m.id]))
      const { data: products } = await api.get("/admin/products?limit=100&fields=id,handle,categories.id,categories.handle", admin)
      productIds = Object.fromEntries(products.products.map((p: { handle: string; id: string }) => [p.handle, p.id]))
      categoryIds = Object.fromEntries(products.products.flatMap((p: { categories: { id: string; handle: string }[] }) => p.categories.map((c) => [c.handle, c.id])))
    })

    const affiliates = () => getContainer().resolve<AffiliateModuleService>(AFFILIATE_MODULE)
    const rule = (body: Record<string, unknown>) => api.post("/admin/affiliate-commission-rules", body, admin)

    /** A customer who applied, was approved by the platform and owns `code`. */
    const approvedAffiliate = async (email: string, code: string) => {
      const { customer, store } = await signUpCustomer(api, publishableKey, email)
      const { data } = await api.post("/store/affiliates", { name: "نیما بازاریاب", pitch: "کانال تلگرام ۲۰ هزار نفری" }, store)
      await api.post(`/admin/affiliates/${data.affiliate.id}/approve`, {}, admin)
      await api.post("/store/affiliates/me/codes", { code }, store)
      return { id: data.affiliate.id as string, customer, store }
    }

    /**
     * A shopper's paid cart of `lines` (one per market at most), carrying `affiliate` (a code or a click
     * token); paid with the system provider, or at the simulated Zarinpal bank (its demo card) with `gateway`.
     */
    const placeOrder = async (store: Headers, lines: { handle: string; quantity: number }[], affiliate?: { code?: string; token?: string }, gateway?: "pp_zarinpal_zarinpal") => {
      const { data } = await api.post("/store/carts", { region_id: regionId }, store)
      const cartId = data.cart.id as string
      for (const line of lines) {
        const { data: found } = await api.get(`/store/products?handle=${line.handle}&fields=id,*variants`, store)
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: found.products[0].variants[0].id, quantity: line.quantity }, store)
      }
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: { first_name: "سارا", last_name: "احمدی", address_1: "خیابان ولیعصر", city: "تهران", country_code: "ir", postal_code: "1511111111", phone: "09121110000" } },
        store
      )
      if (affiliate) {
        await api.post(`/store/carts/${cartId}/affiliate`, affiliate, store)
      }
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const { data: session } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: gateway ?? "pp_system_default", data: gateway ? { return_url: `${STOREFRONT}/checkout` } : {} },
        store
      )
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=id,item_subtotal,*items`, store)
      let checkout: { id: string; total: number }
      if (gateway) {
        const redirect = session.payment_collection.payment_sessions[0].data.redirect as Redirect
        const { location } = await sendReturn(await payOnBank(redirect, "pay"))
        expect(location.searchParams.get("status")).toBe("success")
        checkout = { id: location.searchParams.get("order_id")!, total: Number(cart.cart.total) }
      } else {
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(completed.type).toBe("order")
        checkout = completed.order
      }
      const { data: view } = await api.get(`/admin/orders/${checkout.id}/affiliate`, admin)
      return { checkout, cart: cart.cart, cartId, ...(view as { attribution: { outcome: string; card_hash: string | null; ip_hash: string | null } | null; commissions: Commission[] }) }
    }

    const click = async (code: string, path = "/products/saffron-sargol", ip = "5.160.1.1") =>
      (await api.post("/store/affiliates/track", { code, landing_path: `${path}?ref=${code}` }, { headers: { "x-publishable-api-key": publishableKey, "x-forwarded-for": ip } })).data.attribution.token as string

    const shopper = async (email: string) => (await signUpCustomer(api, publishableKey, email)).store

    it("takes an application, lets the platform approve it (SMS in Persian), and gives the affiliate codes, links and clicks", async () => {
      const { customer, store } = await signUpCustomer(api, publishableKey, "marketer@example.com")
      await api.post("/store/customers/me", { phone: "09125550000" }, store)
      const { data: applied } = await api.post("/store/affiliates", { pitch: "صفحه اینستاگرام" }, store)
      expect(applied.affiliate).toMatchObject({ customer_id: customer.id, status: "pending" })
      expect((await errorOf(api.post("/store/affiliates/me/codes", { code: "NIMA" }, store))).status).toBe(400)
      expect((await errorOf(api.post("/store/affiliates", {}, store))).status).toBe(409)

      const { data: pending } = await api.get("/admin/affiliates?status=pending", admin)
      expect(pending.affiliates.map((a: { id: string }) => a.id)).toEqual([applied.affiliate.id])
      await api.post(`/admin/affiliates/${applied.affiliate.id}/approve`, { review_note: "خوش آمدید" }, admin)
      const outbox = async () =>
        ((await (await fetch(`${simulator.url}/__sim/sms/outbox?to=09125550000`)).json()) as { messages: { text: string }[] }).messages
      const texts = await eventually(outbox, (messages) => messages.length > 0)
      expect(texts.map((m) => m.text).join()).toContain("تأیید شد")

      // The platform puts approved affiliates in the marketer price tier.
      const { data: tiers } = await api.get("/admin/pricing-tiers", admin)
      const marketerGroup = tiers.pricing_tiers.find((t: { handle: string }) => t.handle === "marketer").customer_group_id
      const { data: groups } = await api.get(`/admin/customers/${customer.id}?fields=id,groups.id`, admin)
      expect(groups.customer.groups.map((g: { id: string }) => g.id)).toContain(marketerGroup)

      const { data: code } = await api.post("/store/affiliates/me/codes", { code: "NIMA" }, store)
      expect(code.code.code).toBe("nima")
      const other = await approvedAffiliate("other-marketer@example.com", "sara")
      expect((await errorOf(api.post("/store/affiliates/me/codes", { code: "Nima" }, other.store))).status).toBe(409)

      const { data: link } = await api.post("/store/affiliates/me/links", { code: "nima", target_type: "product", target_id: productIds["saffron-sargol"] }, store)
      expect(link.link).toMatchObject({ path: "/products/saffron-sargol?ref=nima", market_id: marketIds["saffron-house"] })
      // A market that does not allow promotion gets no new links.
      await api.post(`/admin/markets/${marketIds["isfahan-crafts"]}/affiliate-settings`, { promotable: false }, admin)
      const refused = await errorOf(api.post("/store/affiliates/me/links", { code: "nima", target_type: "product", target_id: productIds["minakari-plate"] }, store))
      expect(refused.status).toBe(400)

      const token = await click("NIMA")
      expect(token).toEqual(expect.any(String))
      await api.post(`/store/affiliates/me/codes/${code.code.id}`, { disabled: true }, store)
      expect((await errorOf(click("nima"))).status).toBe(404)
      const { data: stats } = await api.get("/store/affiliates/me/stats", store)
      expect(stats.stats).toMatchObject({ clicks: 1, orders: 0, pending: "0" })

      await api.post(`/admin/affiliates/${applied.affiliate.id}/suspend`, {}, admin)
      expect((await api.get("/store/affiliates/me", store)).data.affiliate.status).toBe("suspended")
    })

    it("creates a pending commission with the exact amount at each rule level: product, category, market, override, default, cap", async () => {
      const marketer = await approvedAffiliate("levels@example.com", "levels")
      const buyer = await shopper("levels-buyer@example.com")
      const saffron = marketIds["saffron-house"]
      const order = async () => {
        const placed = await placeOrder(buyer, [{ handle: "saffron-sargol", quantity: 2 }], { token: await click("levels") })
        expect(placed.commissions).toHaveLength(1)
        return placed
      }

      await rule({ scope: "default", type: "percent", value: 1 })
      let placed = await order()
      const itemBase = Number(placed.cart.item_subtotal)
      expect(placed.commissions[0]).toMatchObject({ status: "pending", base_amount: String(itemBase), amount: String(Math.round(itemBase * 0.01)), market_id: saffron })
      expect(placed.attribution).toMatchObject({ outcome: "commissioned" })

      await rule({ scope: "affiliate", target_id: marketer.id, type: "percent", value: 2.5 })
      placed = await order()
      expect(placed.commissions[0]).toMatchObject({ amount: String(Math.round(itemBase * 0.025)), lines: [expect.objectContaining({ scope: "affiliate" })] })

      await rule({ scope: "market", market_id: saffron, type: "percent", value: 3 })
      placed = await order()
      expect(placed.commissions[0]).toMatchObject({ amount: String(Math.round(itemBase * 0.03)), lines: [expect.objectContaining({ scope: "market" })] })

      await rule({ scope: "category", market_id: saffron, target_id: categoryIds["food"], type: "percent", value: 4 })
      placed = await order()
      expect(placed.commissions[0]).toMatchObject({ amount: String(Math.round(itemBase * 0.04)), lines: [expect.objectContaining({ scope: "category" })] })

      const { data: productRule } = await rule({ scope: "product", market_id: saffron, target_id: productIds["saffron-sargol"], type: "fixed", value: 250_000 })
      placed = await order()
      expect(placed.commissions[0]).toMatchObject({ amount: "500000", lines: [expect.objectContaining({ scope: "product" })] })

      await api.post(`/admin/affiliate-commission-rules/${productRule.rule.id}`, { scope: "product", market_id: saffron, target_id: productIds["saffron-sargol"], type: "percent", value: 10, cap: 123_457 }, admin)
      placed = await order()
      expect(placed.commissions[0]).toMatchObject({ amount: "123457", base_amount: String(itemBase) })
      const { data: mine } = await api.get("/store/affiliates/me/commissions", marketer.store)
      expect(mine.commissions.map((c: Commission) => c.amount)).toEqual([
        "123457",
        "500000",
        String(Math.round(itemBase * 0.04)),
        String(Math.round(itemBase * 0.03)),
        String(Math.round(itemBase * 0.025)),
        String(Math.round(itemBase * 0.01)),
      ])
      const { data: stats } = await api.get("/store/affiliates/me/stats", marketer.store)
      expect(stats.stats).toMatchObject({ clicks: 6, orders: 6 })
      expect(stats.stats.by_month[0].orders).toBe(6)
    })

    it("pays nothing for a click outside the window, an own order, or a suspended affiliate; a typed code wins over a link", async () => {
      const marketer = await approvedAffiliate("window@example.com", "window")
      const rival = await approvedAffiliate("rival@example.com", "rival")
      await rule({ scope: "default", type: "percent", value: 5 })
      const buyer = await shopper("window-buyer@example.com")

      const stale = await click("window")
      const [old] = await affiliates().listAffiliateClicks({ token: stale })
      // The click happened 31 days ago.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw: (sql: string, args: unknown[]) => Promise<unknown> }
      await knex.raw("update affiliate_click set created_at = now() - interval '31 days' where id = ?", [old.id])
      const late = await placeOrder(buyer, [{ handle: "saffron-sargol", quantity: 1 }], { token: stale })
      expect(late).toMatchObject({ attribution: null, commissions: [] })

      const own = await placeOrder(marketer.store, [{ handle: "saffron-sargol", quantity: 1 }], { code: "window" })
      expect(own.attribution).toMatchObject({ outcome: "self" })
      expect(own.commissions).toEqual([])

      const typed = await placeOrder(buyer, [{ handle: "saffron-sargol", quantity: 1 }], { token: await click("window"), code: "RIVAL" })
      expect(typed.attribution).toMatchObject({ affiliate_id: rival.id, source: "code" })
      expect(typed.commissions).toHaveLength(1)

      await api.post(`/admin/affiliates/${marketer.id}/suspend`, {}, admin)
      const token = await errorOf(click("window"))
      expect(token.status).toBe(404)
    })

    it("splits a two-market order into two commissions, each by its own market's rule", async () => {
      await approvedAffiliate("split@example.com", "split")
      await rule({ scope: "market", market_id: marketIds["saffron-house"], type: "percent", value: 5 })
      await rule({ scope: "market", market_id: marketIds["isfahan-crafts"], type: "fixed", value: 100_000 })
      const placed = await placeOrder(await shopper("split-buyer@example.com"), [
        { handle: "saffron-sargol", quantity: 1 },
        { handle: "minakari-plate", quantity: 2 },
      ], { code: "split" })
      const markets = getContainer().resolve<MarketModuleService>(MARKET_MODULE)
      const [group] = await markets.listOrderGroups({ cart_id: placed.cartId })
      const records = await markets.listMarketOrders({ order_group_id: group.id })
      expect(placed.commissions).toHaveLength(2)
      const byMarket = Object.fromEntries(placed.commissions.map((c) => [c.market_id, c]))
      const saffronCommission = byMarket[marketIds["saffron-house"]]
      expect(saffronCommission.amount).toBe(String(Math.round(Number(saffronCommission.base_amount) * 0.05)))
      expect(Number(saffronCommission.base_amount) + Number(byMarket[marketIds["isfahan-crafts"]].base_amount)).toBe(Number(placed.cart.item_subtotal))
      expect(byMarket[marketIds["isfahan-crafts"]]).toMatchObject({ amount: "200000" })
      expect(placed.commissions.map((c) => c.order_id).sort()).toEqual(records.map((r) => r.order_id).sort())

      // The saffron owner sees their market's commission only.
      const owner = (await api.post("/auth/user/emailpass", { email: "saffron@asoud.local", password: "asoud-market" })).data.token
      const { data: seen } = await api.get("/admin/affiliate-commissions", { headers: { authorization: `Bearer ${owner}` } })
      expect(seen.commissions.map((c: Commission) => c.market_id)).toEqual([marketIds["saffron-house"]])
      const foreign = records.find((r) => r.market_id === marketIds["isfahan-crafts"])!
      expect((await errorOf(api.get(`/admin/orders/${foreign.order_id}/affiliate`, { headers: { authorization: `Bearer ${owner}` } }))).status).toBe(404)
    })

    it("approves after the hold and pays the affiliate once from the market's earning (once it is credited), even when the job runs twice at once", async () => {
      const marketer = await approvedAffiliate("payout@example.com", "payout")
      await rule({ scope: "default", type: "percent", value: 5 })
      const placed = await placeOrder(await shopper("payout-buyer@example.com"), [{ handle: "saffron-sargol", quantity: 1 }], { code: "payout" })
      const [commission] = placed.commissions
      const { data: paid } = await api.get(`/admin/orders/${placed.checkout.id}?fields=id,total,*payment_collections.payments`, admin)
      await api.post(`/admin/payments/${paid.order.payment_collections[0].payments[0].id}/capture`, {}, admin)

      expect(await processAffiliateCommissions(getContainer(), later(13))).toMatchObject({ approved: [], paid: [] })
      // Approved after the hold, but the market's earning is not credited yet: nothing moves, it waits.
      expect(await processAffiliateCommissions(getContainer(), later(15))).toEqual({ approved: [commission.id], paid: [], failed: [commission.id] })
      const [waiting] = await affiliates().listAffiliateCommissions({ id: commission.id })
      expect(waiting).toMatchObject({ status: "approved", payout_error: expect.stringContaining("nsufficient") })

      // The market completes its order: its earning is credited.
      await api.post(`/admin/orders/${commission.order_id}/complete`, {}, admin)
      const marketWallet = async () => (await api.get(`/admin/wallets?owner_type=market&owner_id=${marketIds["saffron-house"]}`, admin)).data.wallets[0] as { id: string; balance: number } | undefined
      const earned = (await eventually(marketWallet, (w) => !!w && w.balance > 0))!.balance

      const runs = await Promise.all([processAffiliateCommissions(getContainer(), later(15)), processAffiliateCommissions(getContainer(), later(15))])
      expect(runs.flatMap((r) => r.paid)).toEqual([commission.id])
      expect(await processAffiliateCommissions(getContainer(), later(16))).toMatchObject({ approved: [], paid: [] })

      const [row] = await affiliates().listAffiliateCommissions({ id: commission.id })
      expect(row.status).toBe("paid")
      const { data: wallets } = await api.get(`/admin/wallets?owner_type=affiliate&owner_id=${marketer.id}`, admin)
      expect(wallets.wallets).toHaveLength(1)
      expect(Number(wallets.wallets[0].balance)).toBe(Number(commission.amount))
      const { data: entries } = await api.get(`/admin/wallets/${wallets.wallets[0].id}/entries`, admin)
      expect(entries.entries).toHaveLength(1)
      // The ledger balances: what the market lost is what the affiliate got; together they hold the market's earning.
      const market = (await marketWallet())!
      expect(Number(market.balance)).toBe(earned - Number(commission.amount))
      expect(Number(market.balance) + Number(wallets.wallets[0].balance)).toBe(earned)

      const { data: stats } = await api.get("/store/affiliates/me/stats", marketer.store)
      expect(stats.stats).toMatchObject({ paid: commission.amount, pending: "0" })

      // A refund after the payout leaves the paid commission as it was and records a negative adjustment.
      const total = Number(paid.order.total)
      await api.post(`/admin/orders/${placed.checkout.id}/wallet-refunds`, { amount: 1_000_001 }, admin)
      const readAdjusted = async () => (await api.get(`/admin/affiliate-commissions?order_id=${commission.order_id}`, admin)).data.commissions[0]
      const adjusted = await eventually(readAdjusted, (c) => c.adjustments.length > 0)
      const left = (BigInt(commission.amount) * BigInt(total - 1_000_001) * 2n + BigInt(total)) / (2n * BigInt(total))
      expect(adjusted).toMatchObject({ status: "paid", amount: commission.amount, refunded_total: "1000001" })
      const taken = BigInt(commission.amount) - left
      expect(adjusted.adjustments.map((a: { amount: number; reason: string }) => [String(a.amount), a.reason])).toEqual([[(-taken).toString(), "order_refunded"]])
      // The affiliate's wallet covers it: the money goes back to the market at once, nothing stays owed.
      const settled = await eventually(readAdjusted, (c) => c.adjustments[0].owed === "0")
      expect(settled.adjustments[0]).toMatchObject({ settled_amount: taken.toString(), owed: "0" })
      const affiliateWallet = (await api.get(`/admin/wallets?owner_type=affiliate&owner_id=${marketer.id}`, admin)).data.wallets[0]
      expect(BigInt(affiliateWallet.balance)).toBe(BigInt(commission.amount) - taken)
      const { data: back } = await api.get(`/admin/wallets/${(await marketWallet())!.id}/entries?reference_type=commission`, admin)
      expect(back.entries.filter((e: { type: string }) => e.type === "credit").map((e: { amount: number }) => BigInt(e.amount))).toEqual([taken])
    })

    it("takes a refund after payout from the affiliate's next payout when the wallet cannot cover it, never below zero", async () => {
      const marketer = await approvedAffiliate("owes@example.com", "owes")
      await rule({ scope: "default", type: "percent", value: 5 })
      const paidOut = async (email: string) => {
        const placed = await placeOrder(await shopper(email), [{ handle: "saffron-sargol", quantity: 1 }], { code: "owes" })
        const { data } = await api.get(`/admin/orders/${placed.checkout.id}?fields=id,total,*payment_collections.payments`, admin)
        await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
        await api.post(`/admin/orders/${placed.commissions[0].order_id}/complete`, {}, admin)
        const paid = await eventually(() => processAffiliateCommissions(getContainer(), later(15)), (run) => run.paid.length > 0)
        expect(paid.paid).toEqual([placed.commissions[0].id])
        return { ...placed, total: Number(data.order.total), commission: placed.commissions[0] }
      }
      const wallet = async () => (await api.get(`/admin/wallets?owner_type=affiliate&owner_id=${marketer.id}`, admin)).data.wallets[0] as { id: string; balance: number }
      const first = await paidOut("owes-1@example.com")
      // The affiliate spent all but 1 rial of it.
      await api.post(`/admin/wallets/${(await wallet()).id}/adjustments`, { type: "debit", amount: Number(first.commission.amount) - 1, reason: "withdrawn" }, admin)

      await api.post(`/admin/orders/${first.checkout.id}/wallet-refunds`, { amount: 1_000_001 }, admin)
      const readAdjustment = async () => (await api.get(`/admin/affiliate-commissions?order_id=${first.commission.order_id}`, admin)).data.commissions[0].adjustments[0]
      const owed = await eventually(readAdjustment, (a) => !!a && a.settled_amount === "1")
      const taken = -BigInt(owed.amount)
      expect(owed).toMatchObject({ settled_amount: "1", owed: (taken - 1n).toString() })
      expect(Number((await wallet()).balance)).toBe(0)

      const second = await paidOut("owes-2@example.com")
      const settled = await readAdjustment()
      expect(settled).toMatchObject({ settled_amount: taken.toString(), owed: "0" })
      expect(BigInt((await wallet()).balance)).toBe(BigInt(second.commission.amount) - (taken - 1n))
      const { data: entries } = await api.get(`/admin/wallets/${(await wallet()).id}/entries?reference_type=commission`, admin)
      expect(entries.entries.map((e: { type: string; amount: number }) => `${e.type}:${e.amount}`).sort()).toEqual(
        [`credit:${first.commission.amount}`, `credit:${second.commission.amount}`, "debit:1", `debit:${taken - 1n}`].sort()
      )
      // Nothing more runs: the keys and the settled amount keep a replay from taking twice.
      await processAffiliateCommissions(getContainer(), later(16))
      expect(BigInt((await wallet()).balance)).toBe(BigInt(second.commission.amount) - (taken - 1n))
    })

    it("rejects the commission of a market order an admin cancels before approval", async () => {
      await approvedAffiliate("cancel@example.com", "cancel")
      await rule({ scope: "default", type: "percent", value: 5 })
      const placed = await placeOrder(await shopper("cancel-buyer@example.com"), [{ handle: "saffron-sargol", quantity: 1 }], { code: "cancel" })
      const [commission] = placed.commissions
      expect(commission.status).toBe("pending")
      await api.post(`/admin/orders/${commission.order_id}/cancel`, {}, admin)
      const read = async () => (await affiliates().listAffiliateCommissions({ id: commission.id }))[0]
      const rejected = await eventually(read, (row) => row.status === "rejected")
      expect(rejected).toMatchObject({ status: "rejected", rejection_reason: "order_canceled" })
      expect(await processAffiliateCommissions(getContainer(), later(15))).toMatchObject({ approved: [], paid: [] })
    })

    it("rejects a commission when its order is refunded in full before approval, and reduces it pro rata on a partial refund", async () => {
      await approvedAffiliate("refunds@example.com", "refunds")
      await rule({ scope: "default", type: "percent", value: 10 })
      const placed = await placeOrder(await shopper("refund-buyer@example.com"), [
        { handle: "saffron-sargol", quantity: 1 },
        { handle: "minakari-plate", quantity: 1 },
      ], { code: "refunds" })
      const { data: paid } = await api.get(`/admin/orders/${placed.checkout.id}?fields=id,total,*payment_collections.payments`, admin)
      await api.post(`/admin/payments/${paid.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
      const total = Number(paid.order.total)
      await api.post(`/admin/orders/${placed.checkout.id}/wallet-refunds`, { amount: 1_000_001 }, admin)

      const read = async () => affiliates().listAffiliateCommissions({ id: placed.commissions.map((c) => c.id) })
      const reduced = await eventually(read, (rows) => rows.every((r) => Number(r.refunded_total) > 0))
      const { data: orders } = await api.get(`/admin/orders?id[]=${reduced.map((r) => r.order_id).join("&id[]=")}&fields=id,total,metadata`, admin)
      for (const row of reduced) {
        const order = orders.orders.find((o: { id: string }) => o.id === row.order_id)
        const refunded = Number(order.metadata.asoud_refunds.refunded_total)
        expect(Number(row.refunded_total)).toBe(refunded)
        const expected = (BigInt(row.original_amount as unknown as number) * BigInt(Number(order.total) - refunded) * 2n + BigInt(Number(order.total))) / (2n * BigInt(Number(order.total)))
        expect({ order: row.order_id, status: row.status, amount: String(row.amount) }).toEqual({ order: row.order_id, status: "pending", amount: expected.toString() })
      }

      await api.post(`/admin/orders/${placed.checkout.id}/wallet-refunds`, { amount: total - 1_000_001 }, admin)
      const rejected = await eventually(read, (rows) => rows.every((r) => r.status === "rejected"))
      expect(rejected.map((r) => r.rejection_reason)).toEqual(["order_refunded", "order_refunded"])
      expect(await processAffiliateCommissions(getContainer(), later(15))).toMatchObject({ approved: [], paid: [] })
    })

    it("flags a burst of orders from one IP for review; the job waits for the admin's decision", async () => {
      await approvedAffiliate("burst@example.com", "burst")
      await rule({ scope: "default", type: "percent", value: 5 })
      const placed = []
      for (const email of ["burst-1@example.com", "burst-2@example.com", "burst-3@example.com"]) {
        placed.push(await placeOrder(await shopper(email), [{ handle: "saffron-sargol", quantity: 1 }], { token: await click("burst") }))
      }
      const ids = placed.map((p) => p.commissions[0].id)
      const { data: flagged } = await api.get("/admin/affiliate-commissions?review=flagged", admin)
      expect(flagged.commissions.map((c: Commission) => c.id).sort()).toEqual([...ids].sort())
      expect(flagged.commissions[0]).toMatchObject({ flag_reason: "burst_ip", status: "pending" })

      expect(await processAffiliateCommissions(getContainer(), later(15))).toMatchObject({ approved: [] })
      await api.post(`/admin/affiliate-commissions/${ids[0]}/approve`, {}, admin)
      await api.post(`/admin/affiliate-commissions/${ids[1]}/reject`, { review_note: "سفارش‌های ساختگی" }, admin)
      expect((await errorOf(api.post(`/admin/affiliate-commissions/${ids[1]}/approve`, {}, admin))).status).toBe(400)
      const run = await processAffiliateCommissions(getContainer(), later(15))
      expect(run.approved).toEqual([ids[0]])
      const rows = await affiliates().listAffiliateCommissions({ id: ids })
      expect(Object.fromEntries(rows.map((r) => [r.id, [r.status, r.review]]))).toEqual({
        [ids[0]]: [expect.stringMatching(/approved|paid/), "cleared"],
        [ids[1]]: ["rejected", "rejected"],
        [ids[2]]: ["pending", "flagged"],
      })
    })

    it("flags a burst of orders paid with one card from different IPs; the card is kept as a keyed hash, never the number", async () => {
      await approvedAffiliate("card-burst@example.com", "cardburst")
      await rule({ scope: "default", type: "percent", value: 5 })
      const placed = []
      for (const [n, ip] of ["2.176.10.1", "5.120.20.2", "37.98.30.3"].entries()) {
        const buyer = await shopper(`card-burst-${n}@example.com`)
        placed.push(await placeOrder(buyer, [{ handle: "saffron-sargol", quantity: 1 }], { token: await click("cardburst", "/products/saffron-sargol", ip) }, "pp_zarinpal_zarinpal"))
      }
      const hashes = placed.map((p) => p.attribution!.card_hash)
      expect(new Set(placed.map((p) => p.attribution!.ip_hash)).size).toBe(3)
      expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/)
      expect(new Set(hashes).size).toBe(1)
      const { data: transactions } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "gateway_transaction", fields: ["card_pan"], filters: { cart_id: placed[0].cartId } })
      const pan = (transactions[0] as { card_pan: string }).card_pan
      expect(pan).toBeTruthy()
      expect(hashes[0]).not.toContain(pan.replace(/\D/g, "").slice(-4))

      const ids = placed.map((p) => p.commissions[0].id)
      const { data: flagged } = await api.get("/admin/affiliate-commissions?review=flagged", admin)
      expect(flagged.commissions.map((c: Commission) => c.id).sort()).toEqual([...ids].sort())
      expect(flagged.commissions.map((c: { flag_reason: string }) => c.flag_reason)).toEqual(["burst_card", "burst_card", "burst_card"])
      expect(await processAffiliateCommissions(getContainer(), later(15))).toMatchObject({ approved: [] })
    })
  },
})
