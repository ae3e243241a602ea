import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { demoAdminHeaders, seedDemo, storeHeaders } from "../../helpers/demo"
import { DEMO_TIER_CUSTOMERS } from "../../../src/seed/pricing-tiers"
import type { PricingTiersModuleService } from "@asoud/pricing-tiers/modules/pricing-tiers"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }
type Api = {
  get: (url: string, config?: Headers) => Promise<{ status: number; data: any }>
  post: (url: string, body?: object, config?: Headers) => Promise<{ status: number; data: any }>
}

// The every-minute sale-mirror job would race the explicit syncs this file asserts on; the runner
// loads medusa-config.ts before applying its `env` option, so the switch goes in process.env here.
process.env.PRICING_TIERS_SALE_MIRROR_JOB = "false"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const raw = api as unknown as Api
    // Surface the route's own message when a call fails, not only axios's status line.
    const explain = (error: { response?: { status: number; data: unknown } }) => {
      if (error.response) {
        Object.assign(error, { message: `${error.response.status} ${JSON.stringify(error.response.data)}` })
      }
      throw error
    }
    const http: Api = {
      get: (url, config) => raw.get(url, config).catch(explain),
      post: (url, body, config) => raw.post(url, body, config).catch(explain),
    }
    let key: string
    let regionId: string
    let admin: Headers
    const guest = () => storeHeaders(key)
    const withToken = (token: string): Headers => ({ headers: { ...storeHeaders(key).headers, authorization: `Bearer ${token}` } })

    async function login(email: string, password: string): Promise<Headers> {
      const { data } = await http.post("/auth/customer/emailpass", { email, password })
      return withToken(data.token)
    }
    const colleague = () => login(DEMO_TIER_CUSTOMERS[0].email, DEMO_TIER_CUSTOMERS[0].password)
    const marketer = () => login(DEMO_TIER_CUSTOMERS[1].email, DEMO_TIER_CUSTOMERS[1].password)

    async function registerCustomer(email: string): Promise<{ headers: Headers; id: string }> {
      const { data: reg } = await http.post("/auth/customer/emailpass/register", { email, password: "secret-123" })
      const { data } = await http.post("/store/customers", { email, first_name: "نیما" }, withToken(reg.token))
      return { headers: await login(email, "secret-123"), id: data.customer.id }
    }

    async function product(handle: string) {
      const { data } = await http.get(
        `/store/products?handle=${handle}&region_id=${regionId}&fields=id,*variants.calculated_price`,
        guest()
      )
      const variants = [...data.products[0].variants].sort(
        (a: any, b: any) => a.calculated_price.calculated_amount - b.calculated_price.calculated_amount
      )
      return { id: data.products[0].id as string, variantId: variants[0].id as string, retail: variants[0].calculated_price.calculated_amount as number }
    }

    async function tiers(headers: Headers) {
      const { data } = await http.get("/store/pricing-tiers", headers)
      return Object.fromEntries(data.pricing_tiers.map((tier: any) => [tier.handle, tier]))
    }

    async function listedPrice(headers: Headers, productId: string, variantId: string) {
      const { data } = await http.get(`/store/pricing-tiers/products?region_id=${regionId}&id=${productId}`, headers)
      return data.products[0].variants.find((variant: any) => variant.id === variantId).calculated_price
    }

    async function cartWith(headers: Headers, variantId: string, quantity: number) {
      const { data } = await http.post("/store/carts", { region_id: regionId }, headers)
      const { data: added } = await http.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity }, headers)
      return added.cart
    }

    const unitPrice = (cart: any) => cart.items[0].unit_price

    beforeEach(async () => {
      const { summary } = await seedDemo(getContainer())
      key = summary.publishable_key!
      const { data } = await http.get("/store/regions", guest())
      regionId = data.regions[0].id
      admin = await demoAdminHeaders(api)
    })

    it("lists retail, colleague and marketer tiers and tells a member which one is theirs", async () => {
      const forGuest = await tiers(guest())
      expect(Object.keys(forGuest)).toEqual(["retail", "colleague", "marketer"])
      expect(forGuest.retail.is_member).toBe(true)
      expect(forGuest.colleague).toMatchObject({ is_member: false, requires_approval: true })

      const forColleague = await tiers(await colleague())
      expect(forColleague.colleague.is_member).toBe(true)
      expect(forColleague.marketer.is_member).toBe(false)
    })

    it("prices the same product for a guest, a colleague and a marketer, on our listing and on Medusa's own product route", async () => {
      const saffron = await product("saffron-sargol")
      const prices = {
        guest: await listedPrice(guest(), saffron.id, saffron.variantId),
        colleague: await listedPrice(await colleague(), saffron.id, saffron.variantId),
        marketer: await listedPrice(await marketer(), saffron.id, saffron.variantId),
      }
      expect(prices.guest).toMatchObject({ amount: saffron.retail, tier: "retail" })
      expect(prices.colleague).toMatchObject({ amount: (saffron.retail / 100) * 90, original_amount: saffron.retail, tier: "colleague" })
      expect(prices.marketer).toMatchObject({ amount: (saffron.retail / 100) * 88, tier: "marketer" })

      const { data } = await http.get(
        `/store/products/${saffron.id}?region_id=${regionId}&fields=*variants.calculated_price`,
        await colleague()
      )
      const variant = data.product.variants.find((v: any) => v.id === saffron.variantId)
      expect(variant.calculated_price.calculated_amount).toBe((saffron.retail / 100) * 90)
    })

    it("returns the break table: retail breaks for everyone, a tier's breaks only to its members", async () => {
      const saffron = await product("saffron-sargol")
      const table = async (headers: Headers) => {
        const { data } = await http.get(`/store/pricing-tiers/products/${saffron.id}?region_id=${regionId}`, headers)
        return data.variants.find((variant: any) => variant.id === saffron.variantId)
      }
      const p = saffron.retail / 100

      const forGuest = await table(guest())
      expect(Object.keys(forGuest.tiers)).toEqual(["retail"])
      expect(forGuest.breaks.map((b: any) => [b.min_quantity, b.amount])).toEqual([[1, saffron.retail], [10, p * 95]])

      const forColleague = await table(await colleague())
      expect(Object.keys(forColleague.tiers).sort()).toEqual(["colleague", "retail"])
      expect(forColleague.tiers.colleague).toEqual([
        { min_quantity: 1, max_quantity: 9, amount: p * 90 },
        { min_quantity: 10, max_quantity: 49, amount: p * 85 },
        { min_quantity: 50, max_quantity: null, amount: p * 80 },
      ])
      expect(forColleague.breaks.map((b: any) => [b.min_quantity, b.amount])).toEqual([[1, p * 90], [10, p * 85], [50, p * 80]])
    })

    it("re-prices a cart line when its quantity crosses 10 and back, for a colleague and for a guest", async () => {
      const saffron = await product("saffron-sargol")
      const p = saffron.retail / 100
      for (const [headers, at1, at10] of [
        [await colleague(), p * 90, p * 85],
        [guest(), saffron.retail, p * 95],
      ] as const) {
        const cart = await cartWith(headers, saffron.variantId, 1)
        expect(unitPrice(cart)).toBe(at1)
        const line = cart.items[0].id
        const { data: up } = await http.post(`/store/carts/${cart.id}/line-items/${line}`, { quantity: 10 }, headers)
        expect(unitPrice(up.cart)).toBe(at10)
        const { data: down } = await http.post(`/store/carts/${cart.id}/line-items/${line}`, { quantity: 9 }, headers)
        expect(unitPrice(down.cart)).toBe(at1)
      }
    })

    it("charges a customer in two tiers the lower of the two at every quantity", async () => {
      const saffron = await product("saffron-sargol")
      const p = saffron.retail / 100
      const { data: groups } = await http.get("/admin/customer-groups?limit=50", admin)
      const colleagueGroup = groups.customer_groups.find((g: any) => g.name === "همکار")
      const { data: customers } = await http.get(`/admin/customers?q=${DEMO_TIER_CUSTOMERS[1].email}`, admin)
      await http.post(`/admin/customer-groups/${colleagueGroup.id}/customers`, { add: [customers.customers[0].id] }, admin)

      const both = await marketer()
      expect((await tiers(both)).colleague.is_member).toBe(true)
      const cart = await cartWith(both, saffron.variantId, 1)
      expect(unitPrice(cart)).toBe(p * 88) // marketer 88% beats colleague 90% at 1+
      const { data } = await http.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 10 }, both)
      expect(unitPrice(data.cart)).toBe(p * 85) // colleague 85% beats marketer 87% at 10+
      expect((await listedPrice(both, saffron.id, saffron.variantId)).amount).toBe(p * 88)
    })

    it("sets a product's whole grid in one admin call, and a cheaper retail break still beats a tier price", async () => {
      const tea = await product("lahijan-tea")
      const { data: grid } = await http.get(`/admin/pricing-tiers/products/${tea.id}/prices?currency_code=irr`, admin)
      const tierId = (handle: string) => grid.tier_prices.tiers.find((t: any) => t.handle === handle).id
      const { data: saved } = await http.post(
        `/admin/pricing-tiers/products/${tea.id}/prices`,
        {
          currency_code: "irr",
          prices: [
            { variant_id: tea.variantId, tier_id: tierId("retail"), breaks: [{ min_quantity: 1, amount: 6_000_000 }, { min_quantity: 10, amount: 5_000_000 }] },
            { variant_id: tea.variantId, tier_id: tierId("marketer"), breaks: [{ min_quantity: 1, amount: 5_500_000 }] },
            { variant_id: tea.variantId, tier_id: tierId("colleague"), breaks: [] },
          ],
        },
        admin
      )
      const cell = saved.tier_prices.variants.find((v: any) => v.id === tea.variantId).prices
      expect(cell.find((c: any) => c.tier_id === tierId("retail")).breaks).toEqual([
        { min_quantity: 1, max_quantity: 9, amount: 6_000_000 },
        { min_quantity: 10, max_quantity: null, amount: 5_000_000 },
      ])
      expect(cell.find((c: any) => c.tier_id === tierId("colleague"))).toBeUndefined()

      const buyer = await marketer()
      const cart = await cartWith(buyer, tea.variantId, 1)
      expect(unitPrice(cart)).toBe(5_500_000)
      const { data } = await http.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 12 }, buyer)
      expect(unitPrice(data.cart)).toBe(5_000_000)
      // The colleague tier was cleared for this variant: colleagues pay retail.
      expect(unitPrice(await cartWith(await colleague(), tea.variantId, 1))).toBe(6_000_000)

      const invalid = await http
        .post(`/admin/pricing-tiers/products/${tea.id}/prices`, { currency_code: "irr", prices: [{ variant_id: tea.variantId, tier_id: tierId("retail"), breaks: [{ min_quantity: 5, amount: 1 }] }] }, admin)
        .catch((e) => e.response)
      expect(invalid.status).toBe(400)
      expect(invalid.data.message).toMatch(/min_quantity 1/)
    })

    it("moves an approved applicant's prices at once, in their existing cart too, and refuses a second open application", async () => {
      const saffron = await product("saffron-sargol")
      const p = saffron.retail / 100
      const shopper = await registerCustomer("new-shop@example.com")
      const cart = await cartWith(shopper.headers, saffron.variantId, 1)
      expect(unitPrice(cart)).toBe(saffron.retail)

      const { data: applied, status } = await http.post(
        "/store/pricing-tiers/applications",
        { tier: "colleague", business_name: "عطاری نیما", city: "مشهد", phone: "09151234567" },
        shopper.headers
      )
      expect(status).toBe(201)
      expect(applied.application).toMatchObject({ status: "pending", tier: { handle: "colleague" } })
      const again = await http
        .post("/store/pricing-tiers/applications", { tier: "colleague", business_name: "عطاری نیما" }, shopper.headers)
        .catch((e) => e.response)
      expect(again.status).toBe(422)
      expect(again.data.message).toMatch(/already under review/)

      const { data: pending } = await http.get("/admin/pricing-tiers/applications?status=pending", admin)
      expect(pending.applications.map((a: any) => [a.customer_id, a.customer.email, a.business_name])).toEqual([
        [shopper.id, "new-shop@example.com", "عطاری نیما"],
      ])
      await http.post(`/admin/pricing-tiers/applications/${applied.application.id}/approve`, { review_note: "تایید شد" }, admin)

      const { data: after } = await http.get(`/store/carts/${cart.id}`, shopper.headers)
      expect(unitPrice(after.cart)).toBe(p * 90)
      expect((await listedPrice(shopper.headers, saffron.id, saffron.variantId)).amount).toBe(p * 90)
      const { data: mine } = await http.get("/store/pricing-tiers/applications", shopper.headers)
      expect(mine.applications[0]).toMatchObject({ status: "approved", review_note: "تایید شد" })

      const twice = await http.post(`/admin/pricing-tiers/applications/${applied.application.id}/reject`, {}, admin).catch((e) => e.response)
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/already approved/)
    })

    it("rejects an application without changing prices, and requires a login to apply", async () => {
      const anonymous = await http.post("/store/pricing-tiers/applications", { tier: "marketer", business_name: "x y" }, guest()).catch((e) => e.response)
      expect(anonymous.status).toBe(401)
      const shopper = await registerCustomer("reject-me@example.com")
      const { data } = await http.post("/store/pricing-tiers/applications", { tier: "marketer", business_name: "فروشگاه" }, shopper.headers)
      await http.post(`/admin/pricing-tiers/applications/${data.application.id}/reject`, { review_note: "مدارک ناقص" }, admin)
      expect((await tiers(shopper.headers)).marketer.is_member).toBe(false)
    })

    it("re-prices a stale cart at checkout and refuses to complete it at the old price", async () => {
      const saffron = await product("saffron-sargol")
      const buyer = await colleague()
      const cart = await cartWith(buyer, saffron.variantId, 1)
      expect(unitPrice(cart)).toBe((saffron.retail / 100) * 90)
      // The colleague list ends: the line was priced inside its window, checkout comes after.
      const { data: tierData } = await http.get("/admin/pricing-tiers", admin)
      const colleagueTier = tierData.pricing_tiers.find((t: any) => t.handle === "colleague")
      await http.post(`/admin/price-lists/${colleagueTier.price_list_id}`, { ends_at: new Date(Date.now() - 60_000).toISOString() }, admin)

      const refused = await http.post(`/store/carts/${cart.id}/complete`, {}, buyer).catch((e) => e.response)
      expect(refused.status).toBe(409)
      expect(refused.data).toMatchObject({ type: "prices_changed", repriced: [{ item_id: cart.items[0].id, from: (saffron.retail / 100) * 90, to: saffron.retail }] })
      const { data } = await http.get(`/store/carts/${cart.id}`, buyer)
      expect(unitPrice(data.cart)).toBe(saffron.retail)
      // Now current: the guard lets Medusa's own completion run (which wants a payment session here).
      const next = await http.post(`/store/carts/${cart.id}/complete`, {}, buyer).catch((e) => e.response)
      expect(next.status).not.toBe(409)
    })

    it("gives tier members a public sale when it is cheaper than their tier price, and takes it away when the sale ends", async () => {
      const saffron = await product("saffron-sargol")
      const p = saffron.retail / 100
      const { data: sale } = await http.post(
        "/admin/price-lists",
        {
          title: "حراج یلدا",
          description: "public sale",
          type: "sale",
          status: "active",
          prices: [{ variant_id: saffron.variantId, currency_code: "irr", amount: p * 70 }],
        },
        admin
      )
      expect(unitPrice(await cartWith(guest(), saffron.variantId, 1))).toBe(p * 70)
      // Medusa alone ranks the colleague's group list first, whatever the amounts.
      expect(unitPrice(await cartWith(await colleague(), saffron.variantId, 1))).toBe(p * 90)

      const { data: synced } = await http.post("/admin/pricing-tiers/sale-mirrors/sync", {}, admin)
      expect(synced.sale_mirrors).toMatchObject({ created: 1 })
      expect(unitPrice(await cartWith(await colleague(), saffron.variantId, 1))).toBe(p * 70)
      expect(unitPrice(await cartWith(await colleague(), saffron.variantId, 50))).toBe(p * 70)

      await http.post(`/admin/price-lists/${sale.price_list.id}`, { status: "draft" }, admin)
      await http.post("/admin/pricing-tiers/sale-mirrors/sync", {}, admin)
      expect(unitPrice(await cartWith(await colleague(), saffron.variantId, 1))).toBe(p * 90)
      const { data: again } = await http.post("/admin/pricing-tiers/sale-mirrors/sync", {}, admin)
      expect(again.sale_mirrors).toEqual({ created: 0, updated: 0, deleted: 0 })
    })

    it("creates a custom tier with its own customer group and group-restricted sale list, once per handle", async () => {
      const { data, status } = await http.post(
        "/admin/pricing-tiers",
        { handle: "vip", name: "مشتری ویژه", priority: 5, requires_approval: false },
        admin
      )
      expect(status).toBe(201)
      expect(data.pricing_tier).toMatchObject({ handle: "vip", priority: 5, requires_approval: false, is_retail: false })
      const { data: list } = await http.get(`/admin/price-lists/${data.pricing_tier.price_list_id}`, admin)
      expect(list.price_list).toMatchObject({ type: "sale", status: "active", rules: { "customer.groups.id": [data.pricing_tier.customer_group_id] } })

      const duplicate = await http.post("/admin/pricing-tiers", { handle: "vip", name: "x" }, admin).catch((e) => e.response)
      expect(duplicate.status).toBe(422)
      expect(Object.keys(await tiers(guest()))).toEqual(["retail", "vip", "colleague", "marketer"])
    })

    it("seeds idempotently: a second run adds no tier, price or customer", async () => {
      const container = getContainer()
      const count = async () => ({
        tiers: (await container.resolve<PricingTiersModuleService>("pricingTiers").listPricingTiers()).length,
        prices: (await container.resolve("pricing").listPrices({}, { take: null })).length,
        customers: (await container.resolve("customer").listCustomers()).length,
      })
      const before = await count()
      await seedDemo(container)
      expect(await count()).toEqual(before)
      expect(before.tiers).toBe(3)
    })
  },
})
