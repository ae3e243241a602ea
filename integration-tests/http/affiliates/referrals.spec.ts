import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { REFERRAL_DEFAULTS, rewardReferralWorkflow } from "@asoud/affiliates/workflows"
import { seedDemo, storeHeaders } from "../../helpers/demo"
import {
  adminHeaders,
  errorOf,
  eventually,
  type Headers,
  payCartWith,
  readyCart,
  signUpCustomer,
} from "../wallet/fixtures"

jest.setTimeout(240_000)

// the demo's copper pot (36,000,000 IRR) is above the default minimum order, its sohan (5,900,000) below
const ABOVE_MINIMUM = "copper-pot"
const BELOW_MINIMUM = "qom-sohan"

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

    const customer = (email: string) => signUpCustomer(api, publishableKey, email)
    const myCode = async (store: Headers) => (await api.get("/store/customers/me/referral", store)).data.referral.code as string
    const balanceOf = async (customerId: string) => {
      const { data } = await api.get(`/admin/wallets?owner_type=customer&owner_id=${customerId}`, admin)
      return Number(data.wallets[0]?.balance ?? 0)
    }
    const referralEntries = async (customerId: string) => {
      const { data } = await api.get(`/admin/wallets?owner_type=customer&owner_id=${customerId}`, admin)
      if (!data.wallets[0]) return []
      const entries = await api.get(`/admin/wallets/${data.wallets[0].id}/entries?reference_type=referral`, admin)
      return entries.data.entries as { type: string; amount: number }[]
    }
    /** Places and pays (system provider, then an admin capture) one unit of a product; returns the order and payment. */
    const buy = async (store: Headers, handle: string, metadata?: Record<string, unknown>) => {
      const { cartId } = await readyCart(api, store, regionId, handle, { cheapest: true })
      if (metadata) await api.post(`/store/carts/${cartId}`, { metadata }, store)
      await payCartWith(api, store, cartId, "pp_system_default")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      const { data: read } = await api.get(`/admin/orders/${data.order.id}?fields=id,total,payment_collections.payments.id`, admin)
      const paymentId = read.order.payment_collections[0].payments[0].id as string
      return { order: read.order as { id: string; total: number }, paymentId }
    }

    it("gives every customer one code, created on first ask and matched case-insensitively", async () => {
      const { store } = await customer("referrer-code@example.com")
      const code = await myCode(store)
      expect(code).toMatch(/^[2-9A-Z]{8}$/)
      expect(await myCode(store)).toBe(code)
      const { data } = await api.get("/store/customers/me/referral", store)
      expect(data.referral).toMatchObject({
        referred_count: 0,
        referred_by: null,
        terms: {
          referrer_reward: REFERRAL_DEFAULTS.referrerReward,
          referred_reward: REFERRAL_DEFAULTS.referredReward,
          minimum_order: REFERRAL_DEFAULTS.minimumOrder,
        },
      })
      const { store: friend } = await customer("friend-code@example.com")
      const applied = await api.post("/store/customers/me/referral", { code: ` ${code.toLowerCase()} ` }, friend)
      expect(applied.status).toBe(201)
      expect(applied.data.referral).toMatchObject({ code, status: "pending", source: "store" })
      expect((await api.get("/store/customers/me/referral", store)).data.referral.referred_count).toBe(1)
      expect(await errorOf(api.get("/store/customers/me/referral", storeHeaders(publishableKey)))).toMatchObject({ status: 401 })
    })

    it("credits both wallets once when the referred customer's first order is paid, also when the events come twice", async () => {
      const referrer = await customer("referrer@example.com")
      const friend = await customer("friend@example.com")
      await api.post("/store/customers/me/referral", { code: await myCode(referrer.store) }, friend.store)

      const { order, paymentId } = await buy(friend.store, ABOVE_MINIMUM)
      expect(Number(order.total)).toBeGreaterThanOrEqual(REFERRAL_DEFAULTS.minimumOrder)
      // authorized, not paid yet: nothing is rewarded
      expect(await balanceOf(referrer.customer.id)).toBe(0)
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)

      expect(await eventually(() => balanceOf(referrer.customer.id), (b) => b > 0)).toBe(REFERRAL_DEFAULTS.referrerReward)
      expect(await eventually(() => balanceOf(friend.customer.id), (b) => b > 0)).toBe(REFERRAL_DEFAULTS.referredReward)

      // the events delivered again (and at once): the idempotency keys pay nothing more
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      await Promise.all([
        bus.emit({ name: PaymentEvents.CAPTURED, data: { id: paymentId } }),
        bus.emit({ name: PaymentEvents.CAPTURED, data: { id: paymentId } }),
        bus.emit({ name: OrderWorkflowEvents.PLACED, data: { id: order.id } }),
      ])
      await Promise.all([
        rewardReferralWorkflow(getContainer()).run({ input: { order_id: order.id } }),
        rewardReferralWorkflow(getContainer()).run({ input: { order_id: order.id } }),
      ])
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(await balanceOf(referrer.customer.id)).toBe(REFERRAL_DEFAULTS.referrerReward)
      expect(await balanceOf(friend.customer.id)).toBe(REFERRAL_DEFAULTS.referredReward)
      expect(await referralEntries(referrer.customer.id)).toHaveLength(1)
      expect(await referralEntries(friend.customer.id)).toHaveLength(1)

      const mine = await api.get("/store/customers/me/referral/rewards", referrer.store)
      expect(mine.data.rewards).toEqual([
        expect.objectContaining({ role: "referrer", status: "rewarded", amount: REFERRAL_DEFAULTS.referrerReward }),
      ])
      const theirs = await api.get("/store/customers/me/referral/rewards", friend.store)
      expect(theirs.data.rewards).toEqual([
        expect.objectContaining({ role: "referred", status: "rewarded", amount: REFERRAL_DEFAULTS.referredReward, order_id: order.id }),
      ])
      const listed = await api.get(`/admin/referrals?customer_id=${friend.customer.id}`, admin)
      expect(listed.data.referrals).toEqual([
        expect.objectContaining({ referrer_customer_id: referrer.customer.id, status: "rewarded", order_id: order.id }),
      ])
    })

    it("refuses a second referral of the same customer, a self-referral, an unknown code and an existing buyer", async () => {
      const first = await customer("first@example.com")
      const second = await customer("second@example.com")
      const friend = await customer("friend-twice@example.com")
      await api.post("/store/customers/me/referral", { code: await myCode(first.store) }, friend.store)

      const again = await errorOf(api.post("/store/customers/me/referral", { code: await myCode(second.store) }, friend.store))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already been referred/)

      const self = await errorOf(api.post("/store/customers/me/referral", { code: (await myCode(second.store)).toLowerCase() }, second.store))
      expect(self.status).toBe(400)
      expect(self.data.message).toMatch(/own referral code/)

      const unknown = await errorOf(api.post("/store/customers/me/referral", { code: "NOPE2345" }, second.store))
      expect(unknown.status).toBe(404)
      const empty = await errorOf(api.post("/store/customers/me/referral", { code: "" }, second.store))
      expect(empty.status).toBe(400)

      const buyer = await customer("buyer@example.com")
      await buy(buyer.store, BELOW_MINIMUM)
      const late = await errorOf(api.post("/store/customers/me/referral", { code: await myCode(first.store) }, buyer.store))
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/new customers/)

      const { data } = await api.get("/admin/referrals", admin)
      expect(data.count).toBe(1)
    })

    it("rewards nothing for a paid order below the minimum, and pays on the first one that reaches it", async () => {
      const referrer = await customer("referrer-min@example.com")
      const friend = await customer("friend-min@example.com")
      await api.post("/store/customers/me/referral", { code: await myCode(referrer.store) }, friend.store)

      const small = await buy(friend.store, BELOW_MINIMUM)
      expect(Number(small.order.total)).toBeLessThan(REFERRAL_DEFAULTS.minimumOrder)
      await api.post(`/admin/payments/${small.paymentId}/capture`, {}, admin)
      const { result } = await rewardReferralWorkflow(getContainer()).run({ input: { order_id: small.order.id } })
      expect(result.reward).toBeNull()
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(await balanceOf(referrer.customer.id)).toBe(0)
      expect(await balanceOf(friend.customer.id)).toBe(0)
      const pending = await api.get("/store/customers/me/referral/rewards", friend.store)
      expect(pending.data.rewards).toEqual([expect.objectContaining({ status: "pending", amount: null })])

      const big = await buy(friend.store, ABOVE_MINIMUM)
      await api.post(`/admin/payments/${big.paymentId}/capture`, {}, admin)
      expect(await eventually(() => balanceOf(referrer.customer.id), (b) => b > 0)).toBe(REFERRAL_DEFAULTS.referrerReward)
      expect(await eventually(() => balanceOf(friend.customer.id), (b) => b > 0)).toBe(REFERRAL_DEFAULTS.referredReward)
    })

    it("takes both rewards back when the rewarding order is refunded in full, never below a zero balance", async () => {
      const referrer = await customer("referrer-refund@example.com")
      const friend = await customer("friend-refund@example.com")
      await api.post("/store/customers/me/referral", { code: await myCode(referrer.store) }, friend.store)
      const { order, paymentId } = await buy(friend.store, ABOVE_MINIMUM)
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      expect(await eventually(() => balanceOf(referrer.customer.id), (b) => b > 0)).toBe(REFERRAL_DEFAULTS.referrerReward)
      expect(await eventually(() => balanceOf(friend.customer.id), (b) => b > 0)).toBe(REFERRAL_DEFAULTS.referredReward)

      // The referrer already spent all but 100 rials of the reward.
      const { data: wallets } = await api.get(`/admin/wallets?owner_type=customer&owner_id=${referrer.customer.id}`, admin)
      await api.post(`/admin/wallets/${wallets.wallets[0].id}/adjustments`, { type: "debit", amount: REFERRAL_DEFAULTS.referrerReward - 100, reason: "spent" }, admin)

      // A partial refund keeps the reward; the rest of the order refunded takes it back.
      await api.post(`/admin/orders/${order.id}/wallet-refunds`, { amount: 1_000_000 }, admin)
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect((await api.get(`/admin/referrals?customer_id=${friend.customer.id}`, admin)).data.referrals[0].status).toBe("rewarded")
      await api.post(`/admin/orders/${order.id}/wallet-refunds`, { amount: Number(order.total) - 1_000_000 }, admin)
      const reversed = await eventually(
        async () => (await api.get(`/admin/referrals?customer_id=${friend.customer.id}`, admin)).data.referrals[0],
        (r: { status: string }) => r.status === "reversed"
      )
      expect(reversed).toMatchObject({ status: "reversed", order_id: order.id })
      expect(await balanceOf(referrer.customer.id)).toBe(0)
      // The friend got the whole order back into the wallet, less the reward.
      expect(await balanceOf(friend.customer.id)).toBe(Number(order.total))
      const rewards = async (store: Headers) => (await api.get("/store/customers/me/referral/rewards", store)).data.rewards[0]
      expect(await rewards(referrer.store)).toMatchObject({ status: "reversed", amount: REFERRAL_DEFAULTS.referrerReward, reversed: 100 })
      expect(await rewards(friend.store)).toMatchObject({ status: "reversed", amount: REFERRAL_DEFAULTS.referredReward, reversed: REFERRAL_DEFAULTS.referredReward })
      // the ledger keeps the credit and adds the debit that took it back
      expect((await referralEntries(referrer.customer.id)).map((e) => `${e.type}:${e.amount}`).sort()).toEqual(
        [`credit:${REFERRAL_DEFAULTS.referrerReward}`, "debit:100"].sort()
      )

      // Delivered again, nothing more is taken.
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "wallet.order_refunded", data: { order_id: order.id } })
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(await balanceOf(friend.customer.id)).toBe(Number(order.total))
      expect(await referralEntries(friend.customer.id)).toHaveLength(2)
    })

    it("rewards nothing for a first order canceled before it was paid", async () => {
      const referrer = await customer("referrer-cancel@example.com")
      const friend = await customer("friend-cancel@example.com")
      await api.post("/store/customers/me/referral", { code: await myCode(referrer.store) }, friend.store)
      const { order } = await buy(friend.store, ABOVE_MINIMUM)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      const { result } = await rewardReferralWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(result.reward).toBeNull()
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(await balanceOf(referrer.customer.id)).toBe(0)
      expect((await api.get(`/admin/referrals?customer_id=${friend.customer.id}`, admin)).data.referrals[0].status).toBe("pending")
    })

    it("applies a code a new customer's cart carries when the order is placed", async () => {
      const referrer = await customer("referrer-cart@example.com")
      const friend = await customer("friend-cart@example.com")
      const code = await myCode(referrer.store)
      const { paymentId } = await buy(friend.store, ABOVE_MINIMUM, { referral_code: code.toLowerCase() })
      const listed = await eventually(
        async () => (await api.get(`/admin/referrals?customer_id=${friend.customer.id}`, admin)).data.referrals,
        (rows: unknown[]) => rows.length > 0
      )
      expect(listed).toEqual([expect.objectContaining({ code, source: "cart", status: "pending" })])
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      expect(await eventually(() => balanceOf(friend.customer.id), (b) => b > 0)).toBe(REFERRAL_DEFAULTS.referredReward)

      // the referrer's own code in their cart is not applied
      await buy(referrer.store, BELOW_MINIMUM, { referral_code: code })
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      const own = await api.get(`/admin/referrals?customer_id=${referrer.customer.id}`, admin)
      expect(own.data.referrals.map((r: { referred_customer_id: string }) => r.referred_customer_id)).toEqual([friend.customer.id])
    })
  },
})
