import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { completeTopUpWorkflow, creditMarketEarningsWorkflow, reverseMarketEarningsWorkflow } from "@asoud/wallet/workflows"
import { seedDemo } from "../../helpers/demo"
import { adminHeaders, errorOf, eventually, type Headers, payCartWith, readyCart, signUpCustomer } from "./fixtures"

jest.setTimeout(180_000)

const VALID_SHEBA = "IR820540102680020817909002"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string
    let admin: Headers

    beforeEach(async () => {
      const { summary, regionId: seededRegion } = await seedDemo(getContainer())
      publishableKey = summary.publishable_key!
      regionId = seededRegion!
      admin = await adminHeaders(api)
    })

    const openWallet = async (ownerId: string, ownerType = "customer") => {
      const { data } = await api.post("/admin/wallets", { owner_type: ownerType, owner_id: ownerId }, admin)
      return data.wallet as { id: string }
    }
    const adjust = (walletId: string, body: Record<string, unknown>) =>
      api.post(`/admin/wallets/${walletId}/adjustments`, { reason: "آزمون", ...body }, admin)
    const walletOf = async (walletId: string) => (await api.get(`/admin/wallets/${walletId}`, admin)).data.wallet

    it("leaves exactly 20 debits and a balance of 0 after 50 concurrent debits of 10 against 200", async () => {
      const wallet = await openWallet("cus_concurrent")
      await adjust(wallet.id, { type: "credit", amount: 200 })

      const results = await Promise.allSettled(
        Array.from({ length: 50 }, () => adjust(wallet.id, { type: "debit", amount: 10 }))
      )
      const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20)
      expect(refused.map((r) => r.reason.response.status)).toEqual(Array(30).fill(400))
      expect(refused[0].reason.response.data.message).toMatch(/Insufficient wallet balance/)

      expect(await walletOf(wallet.id)).toMatchObject({ balance: 0, held: 0, available: 0 })
      const { data } = await api.get(`/admin/wallets/${wallet.id}/entries?type=debit&limit=100`, admin)
      expect(data.count).toBe(20)
    })

    it("moves money once for a repeated idempotency key, and refuses the key for a different move", async () => {
      const wallet = await openWallet("cus_idem")
      await adjust(wallet.id, { type: "credit", amount: 1_000 })
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => adjust(wallet.id, { type: "debit", amount: 300, idempotency_key: "pay-42" }))
      )
      expect(new Set(responses.map((r) => r.data.entry.id)).size).toBe(1)
      const retry = await api.post(
        `/admin/wallets/${wallet.id}/adjustments`,
        { type: "debit", amount: 300, reason: "آزمون" },
        { headers: { ...admin.headers, "idempotency-key": "pay-42" } }
      )
      expect(retry.data.entry.id).toBe(responses[0].data.entry.id)
      expect((await walletOf(wallet.id)).balance).toBe(700)

      const conflict = await errorOf(adjust(wallet.id, { type: "debit", amount: 301, idempotency_key: "pay-42" }))
      expect(conflict.status).toBe(409)
      expect((await walletOf(wallet.id)).balance).toBe(700)
    })

    it("audits adjustments: a reason is required and the entry keeps the admin and the reason", async () => {
      const wallet = await openWallet("cus_audit")
      const missing = await errorOf(api.post(`/admin/wallets/${wallet.id}/adjustments`, { type: "credit", amount: 5 }, admin))
      expect(missing.status).toBe(400)

      const { data: me } = await api.get("/admin/users/me", admin)
      const { data } = await adjust(wallet.id, { type: "credit", amount: 5_000, reason: "جبران تاخیر ارسال" })
      expect(data.entry).toMatchObject({
        type: "credit",
        reference_type: "adjustment",
        actor_type: "user",
        actor_id: me.user.id,
        note: "جبران تاخیر ارسال",
      })
      expect(data.wallet).toMatchObject({ balance: 5_000, available: 5_000 })
      const overdraw = await errorOf(adjust(wallet.id, { type: "debit", amount: 5_001 }))
      expect(overdraw.status).toBe(400)
    })

    it("shows a signed-in customer their balance, holds and a paginated, filterable ledger", async () => {
      const anonymous = await errorOf(
        api.get("/store/customers/me/wallet", { headers: { "x-publishable-api-key": publishableKey } })
      )
      expect(anonymous.status).toBe(401)

      const { customer, store } = await signUpCustomer(api, publishableKey, "ledger@example.com")
      expect((await api.get("/store/customers/me/wallet", store)).data.wallet).toMatchObject({
        balance: 0,
        available: 0,
      })

      const wallet = await openWallet(customer.id)
      for (const amount of [100, 200, 300]) {
        await adjust(wallet.id, { type: "credit", amount })
      }
      await adjust(wallet.id, { type: "debit", amount: 50 })

      const { data } = await api.get("/store/customers/me/wallet", store)
      expect(data.wallet).toMatchObject({ id: wallet.id, balance: 550, held: 0, available: 550, currency_code: "irr" })

      const page = await api.get("/store/customers/me/wallet/entries?type=credit&limit=2&offset=0", store)
      expect(page.data.count).toBe(3)
      expect(page.data.entries.map((e: { amount: number }) => Number(e.amount))).toEqual([300, 200])
      const debits = await api.get("/store/customers/me/wallet/entries?type=debit", store)
      expect(debits.data.entries).toEqual([expect.objectContaining({ type: "debit", balance_after: 550 })])
    })

    it("pays an order fully by wallet: completion holds the total, capture debits it", async () => {
      const { customer, store } = await signUpCustomer(api, publishableKey, "payer@example.com")
      const wallet = await openWallet(customer.id)
      const { cartId, total } = await readyCart(api, store, regionId)
      await adjust(wallet.id, { type: "credit", amount: total + 1_000 })

      const collection = await payCartWith(api, store, cartId, "pp_wallet_wallet")
      expect(collection.payment_sessions[0].provider_id).toBe("pp_wallet_wallet")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      expect(await walletOf(wallet.id)).toMatchObject({ balance: total + 1_000, held: total, available: 1_000 })

      const { data: order } = await api.get(`/admin/orders/${data.order.id}?fields=id,*payment_collections.payments`, admin)
      const paymentId = order.order.payment_collections[0].payments[0].id
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      expect(await walletOf(wallet.id)).toMatchObject({ balance: 1_000, held: 0, available: 1_000 })

      // Refunding the wallet payment credits the wallet back through the provider.
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 1_000 }, admin)
      expect((await walletOf(wallet.id)).balance).toBe(2_000)
    })

    it("refuses to place an order the wallet cannot cover, and holds nothing", async () => {
      const { customer, store } = await signUpCustomer(api, publishableKey, "short@example.com")
      const wallet = await openWallet(customer.id)
      const { cartId, total } = await readyCart(api, store, regionId)
      await adjust(wallet.id, { type: "credit", amount: total - 1 })
      await payCartWith(api, store, cartId, "pp_wallet_wallet")
      const failed = await errorOf(api.post(`/store/carts/${cartId}/complete`, {}, store))
      expect(failed.status).toBeGreaterThanOrEqual(400)
      expect(await walletOf(wallet.id)).toMatchObject({ balance: total - 1, held: 0 })
    })

    it("refunds an order's gateway payment to the customer's wallet, never more than was captured", async () => {
      const { customer, store } = await signUpCustomer(api, publishableKey, "refund@example.com")
      const { cartId, total } = await readyCart(api, store, regionId)
      await payCartWith(api, store, cartId, "pp_system_default")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      const orderId = data.order.id
      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`, admin)
      await api.post(`/admin/payments/${order.order.payment_collections[0].payments[0].id}/capture`, {}, admin)

      const first = await api.post(`/admin/orders/${orderId}/wallet-refunds`, { amount: 1_000, note: "کالا ناقص" }, admin)
      expect(first.data.entry).toMatchObject({ type: "credit", reference_type: "refund", reference_id: orderId })
      const tooMuch = await errorOf(api.post(`/admin/orders/${orderId}/wallet-refunds`, { amount: total }, admin))
      expect(tooMuch.status).toBe(400)
      await api.post(`/admin/orders/${orderId}/wallet-refunds`, { amount: total - 1_000 }, admin)

      const { data: wallet } = await api.get("/store/customers/me/wallet", store)
      expect(wallet.wallet.balance).toBe(total)
      const { data: after } = await api.get(`/admin/orders/${orderId}?fields=id,*transactions`, admin)
      const refunds = after.order.transactions.filter((t: { reference: string }) => t.reference === "refund")
      expect(refunds.map((t: { amount: number }) => Number(t.amount)).sort((a: number, b: number) => a - b)).toEqual(
        [-(total - 1_000), -1_000].sort((a, b) => a - b)
      )
      expect((await api.get(`/admin/wallets?owner_id=${customer.id}`, admin)).data.wallets[0].balance).toBe(total)
    })

    it("holds a withdrawal; approve debits it, reject releases it; approved payouts export once as CSV", async () => {
      const { customer, store } = await signUpCustomer(api, publishableKey, "payout@example.com")
      const wallet = await openWallet(customer.id)
      await adjust(wallet.id, { type: "credit", amount: 10_000 })

      const badSheba = await errorOf(
        api.post("/store/customers/me/wallet/withdrawals", { amount: 1_000, iban: "IR830540102680020817909002", account_holder: "سارا محمدی" }, store)
      )
      expect(badSheba.status).toBe(400)
      expect(badSheba.data.message).toMatch(/check digits/)
      const overdraw = await errorOf(
        api.post("/store/customers/me/wallet/withdrawals", { amount: 10_001, iban: VALID_SHEBA, account_holder: "سارا محمدی" }, store)
      )
      expect(overdraw.status).toBe(400)

      const { data: first } = await api.post(
        "/store/customers/me/wallet/withdrawals",
        { amount: 4_000, iban: "ir82 0540 1026 8002 0817 9090 02", account_holder: "سارا محمدی" },
        store
      )
      expect(first.withdrawal).toMatchObject({ status: "pending", iban: VALID_SHEBA })
      const { data: second } = await api.post(
        "/store/customers/me/wallet/withdrawals",
        { amount: 3_000, iban: VALID_SHEBA, account_holder: "سارا محمدی" },
        store
      )
      expect(await walletOf(wallet.id)).toMatchObject({ balance: 10_000, held: 7_000, available: 3_000 })

      const queue = await api.get("/admin/wallet-withdrawals?status=pending", admin)
      expect(queue.data.withdrawals.map((w: { id: string }) => w.id)).toEqual([first.withdrawal.id, second.withdrawal.id])

      await api.post(`/admin/wallet-withdrawals/${first.withdrawal.id}/approve`, { bank_reference: "PAYA-778899" }, admin)
      await api.post(`/admin/wallet-withdrawals/${second.withdrawal.id}/reject`, { reason: "نام صاحب حساب مطابقت ندارد" }, admin)
      expect(await walletOf(wallet.id)).toMatchObject({ balance: 6_000, held: 0, available: 6_000 })

      const twice = await errorOf(api.post(`/admin/wallet-withdrawals/${first.withdrawal.id}/reject`, { reason: "دیر شد" }, admin))
      expect(twice.status).toBe(400)

      const csv = await api.post("/admin/wallet-withdrawals/export", {}, admin)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const lines = String(csv.data).replace(/^\uFEFF/, "").trim().split("\r\n")
      expect(lines).toHaveLength(2)
      expect(lines[1]).toContain(`"${first.withdrawal.id}","${VALID_SHEBA}","سارا محمدی","4000","IRR","PAYA-778899"`)
      const again = await api.post("/admin/wallet-withdrawals/export", {}, admin)
      expect(String(again.data).replace(/^\uFEFF/, "").trim().split("\r\n")).toHaveLength(1)

      const mine = await api.get("/store/customers/me/wallet/withdrawals", store)
      expect(mine.data.withdrawals.map((w: { status: string }) => w.status).sort()).toEqual(["approved", "rejected"])
    })

    it("credits a top-up once: capture, a replayed gateway event and reconciliation all end in one credit", async () => {
      const container = getContainer()
      const { store } = await signUpCustomer(api, publishableKey, "topup@example.com")
      const { data } = await api.post(
        "/store/customers/me/wallet/top-ups",
        { amount: 50_000, provider_id: "pp_system_default" },
        store
      )
      expect(data.top_up).toMatchObject({ status: "pending", provider_id: "pp_system_default" })
      await expect(
        completeTopUpWorkflow(container).run({ input: { payment_collection_id: data.top_up.payment_collection_id } })
      ).rejects.toMatchObject({ message: expect.stringMatching(/not paid yet/) })
      expect((await api.get("/store/customers/me/wallet", store)).data.wallet.balance).toBe(0)

      const payments = container.resolve(Modules.PAYMENT)
      const payment = await payments.authorizePaymentSession(data.payment_session.id, {})
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment!.id } })
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const verified = {
        name: "iran-payments.payment.verified",
        data: { payment_collection_id: data.top_up.payment_collection_id, payment_id: payment!.id },
      }
      await Promise.all([
        eventBus.emit(verified),
        eventBus.emit(verified),
        completeTopUpWorkflow(container).run({ input: { payment_collection_id: data.top_up.payment_collection_id } }),
      ])
      await new Promise((resolve) => setTimeout(resolve, 1_500))

      const { data: wallet } = await api.get("/store/customers/me/wallet", store)
      expect(wallet.wallet.balance).toBe(50_000)
      const { data: entries } = await api.get("/store/customers/me/wallet/entries?reference_type=top_up", store)
      expect(entries.count).toBe(1)
      const { data: topUp } = await api.get(`/store/customers/me/wallet/top-ups/${data.top_up.id}`, store)
      expect(topUp.top_up.status).toBe("credited")

      const selfTopUp = await errorOf(
        api.post("/store/customers/me/wallet/top-ups", { amount: 1_000, provider_id: "pp_wallet_wallet" }, store)
      )
      expect(selfTopUp.status).toBe(400)
    })

    it("credits a market with its order total less commission once, and reverses that exactly", async () => {
      const container = getContainer()
      const input = { order_id: "order_m1", market_id: "mkt_saffron", currency_code: "irr", amount: 1_000_000, commission: 80_000 }
      await creditMarketEarningsWorkflow(container).run({ input })
      await creditMarketEarningsWorkflow(container).run({ input })
      const { data } = await api.get("/admin/wallets?owner_type=market&owner_id=mkt_saffron", admin)
      expect(data.wallets[0]).toMatchObject({ balance: 920_000 })

      await reverseMarketEarningsWorkflow(container).run({
        input: { order_id: "order_m1", market_id: "mkt_saffron", currency_code: "irr", reference_id: "refund_1", amount: 20_000 },
      })
      await reverseMarketEarningsWorkflow(container).run({
        input: { order_id: "order_m1", market_id: "mkt_saffron", currency_code: "irr", reference_id: "cancel" },
      })
      expect(await walletOf(data.wallets[0].id)).toMatchObject({ balance: 0 })
      await expect(
        reverseMarketEarningsWorkflow(container).run({
          input: { order_id: "order_m1", market_id: "mkt_saffron", currency_code: "irr", reference_id: "refund_2" },
        })
      ).rejects.toMatchObject({ message: expect.stringMatching(/has 0 of earnings left/) })
      expect((await walletOf(data.wallets[0].id)).balance).toBe(0)
    })

    it("credits a market's wallet when its order completes, and a full refund to wallet reverses it exactly", async () => {
      const { store } = await signUpCustomer(api, publishableKey, "market-buyer@example.com")
      const { cartId, total } = await readyCart(api, store, regionId, "saffron-sargol")
      await payCartWith(api, store, cartId, "pp_system_default")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      const orderId = data.order.id
      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`, admin)
      await api.post(`/admin/payments/${order.order.payment_collections[0].payments[0].id}/capture`, {}, admin)

      const { data: markets } = await api.get("/admin/markets?q=saffron-house&limit=10", admin)
      const marketId = markets.markets.find((m: { handle: string }) => m.handle === "saffron-house").id
      await api.post(`/admin/orders/${orderId}/complete`, {}, admin)
      const commission = Math.round((total * 8) / 100)
      type MarketWallet = { id: string; balance: number }
      const marketWallet = (): Promise<MarketWallet> =>
        api.get(`/admin/wallets?owner_type=market&owner_id=${marketId}`, admin).then((r: { data: { wallets: MarketWallet[] } }) => r.data.wallets[0])
      const credited = await eventually(marketWallet, (w) => !!w && w.balance > 0)
      expect(credited.balance).toBe(total - commission)

      await api.post(`/admin/orders/${orderId}/wallet-refunds`, { amount: total }, admin)
      const reversed = await eventually(marketWallet, (w) => w.balance === 0)
      expect(reversed.balance).toBe(0)
      const { data: entries } = await api.get(`/admin/wallets/${credited.id}/entries`, admin)
      expect(entries.entries.map((e: { type: string; amount: number }) => [e.type, e.amount])).toEqual([
        ["debit", total - commission],
        ["credit", total - commission],
      ])
    })
  },
})
