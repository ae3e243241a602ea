import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { getOrderMarket, MARKET_MODULE } from "@asoud/markets/workflows"
import type { MarketModuleService } from "@asoud/markets/modules/market"
import { seedDemo, storeHeaders } from "../../helpers/demo"

jest.setTimeout(240_000)

type Headers = { headers: Record<string, string> }
type Market = {
  id: string
  handle: string
  status: string
  sales_channel_id: string
  publishable_key_id: string
  stock_location_id: string
  shipping_profile_id: string
  commission_rate: number
}
type HttpError = { response: { status: number; data: { message: string } } }

const OWNER_PASSWORD = "asoud-market"
const SAFFRON_HANDLES = ["saffron-sargol", "pistachio-akbari", "dates-mazafati"]
const ISFAHAN_HANDLES = ["isfahan-ghalamkar", "minakari-plate", "khatam-box", "isfahan-gaz"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let platformKey: string
    let platform: Headers
    let saffron: Headers
    let isfahan: Headers
    let markets: Record<string, Market>
    let regionId: string

    const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
    const login = async (email: string, password: string) =>
      bearer((await api.post("/auth/user/emailpass", { email, password })).data.token)
    const store = (extra: Record<string, string> = {}): Headers => ({
      headers: { ...storeHeaders(platformKey).headers, ...extra },
    })
    const statusOf = (request: Promise<unknown>) =>
      request.then(
        () => 200,
        (error: HttpError) => error.response.status
      )
    const productIdOf = async (handle: string) =>
      (await api.get(`/admin/products?handle=${handle}&fields=id`, platform)).data.products[0].id as string
    const variantOf = async (handle: string) =>
      (await api.get(`/store/products?handle=${handle}&fields=id,*variants`, store())).data.products[0].variants[0].id as string

    beforeEach(async () => {
      const { summary } = await seedDemo(getContainer())
      platformKey = summary.publishable_key!
      platform = await login("admin@asoud.local", "asoud-admin")
      saffron = await login("saffron@asoud.local", OWNER_PASSWORD)
      isfahan = await login("isfahan@asoud.local", OWNER_PASSWORD)
      const { data } = await api.get("/admin/markets?limit=50", platform)
      markets = Object.fromEntries(data.markets.map((m: Market) => [m.handle, m]))
      regionId = (await api.get("/store/regions", store())).data.regions[0].id
    })

    describe("markets and their storefronts", () => {
      it("creates a market with its own sales channel, publishable key, stock location and shipping profile, all linked", async () => {
        const { data } = await api.post(
          "/admin/markets",
          { handle: "kashan-rose", name: "گلاب کاشان", city: "کاشان", province: "اصفهان", status: "active", commission_rate: 9 },
          platform
        )
        expect(data.market).toMatchObject({ handle: "kashan-rose", status: "active", commission_rate: 9 })

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: linked } = await query.graph({
          entity: "market",
          fields: ["id", "sales_channel.name", "api_key.type", "api_key.sales_channels.id", "stock_location.name", "stock_location.sales_channels.id", "shipping_profile.type"],
          filters: { id: data.market.id },
        })
        // Creating the market created and linked each of these, so none is null.
        const market = linked[0]
        expect(market.sales_channel!.name).toBe("market:kashan-rose")
        expect(market.api_key!.type).toBe("publishable")
        expect(market.api_key!.sales_channels!.map((c: { id: string } | null) => c!.id)).toEqual([data.market.sales_channel_id])
        expect(market.stock_location!.name).toBe("market:kashan-rose")
        expect(market.stock_location!.sales_channels!.map((c: { id: string } | null) => c!.id)).toContain(data.market.sales_channel_id)
        expect(market.shipping_profile!.type).toBe("market")

        const duplicate = await api.post("/admin/markets", { handle: "kashan-rose", name: "دوباره" }, platform).catch((e: HttpError) => e.response)
        expect(duplicate.status).toBe(409)
      })

      it("lists active markets with text, city and type search, nearest first when given a location", async () => {
        const all = (await api.get("/store/markets", store())).data
        expect(all).toMatchObject({ count: 3, offset: 0, limit: 20 })
        expect(all.markets[0]).not.toHaveProperty("commission_rate")
        expect(all.markets[0]).not.toHaveProperty("national_id")

        expect((await api.get(`/store/markets?city=${encodeURIComponent("تبریز")}`, store())).data.markets.map((m: Market) => m.handle)).toEqual(["tabriz-bazaar"])
        expect((await api.get("/store/markets?type=company", store())).data.markets.map((m: Market) => m.handle)).toEqual(["isfahan-crafts"])
        expect((await api.get("/store/markets?q=saffron", store())).data.markets.map((m: Market) => m.handle)).toEqual(["saffron-house"])

        // a shopper in Tehran: Isfahan (~340 km), Mashhad (~740 km), Tabriz (~530 km)
        const near = (await api.get("/store/markets?lat=35.6892&lng=51.389", store())).data
        expect(near.markets.map((m: Market) => m.handle)).toEqual(["isfahan-crafts", "tabriz-bazaar", "saffron-house"])
        expect(near.markets[0].distance_km).toBeGreaterThan(300)

        expect((await api.get("/store/markets/saffron-house", store())).data.market.name).toBe("زعفران‌سرای قائنات")
        expect(await statusOf(api.get("/store/markets/no-such-market", store()))).toBe(404)
      })

      it("scopes the catalogue to one market by its publishable key, the x-market header, its Host, and its products route with prices", async () => {
        const handles = (data: { products: { handle: string }[] }) => data.products.map((p) => p.handle).sort()

        expect((await api.get("/store/products?limit=50&fields=handle", store())).data.count).toBe(21)

        const { data: key } = await api.get(`/admin/api-keys/${markets["saffron-house"].publishable_key_id}`, platform)
        const byKey = await api.get("/store/products?limit=50&fields=handle", storeHeaders(key.api_key.token))
        expect(handles(byKey.data)).toEqual([...SAFFRON_HANDLES].sort())

        const byHeader = await api.get("/store/products?limit=50&fields=handle", store({ "x-market": "isfahan-crafts" }))
        expect(handles(byHeader.data)).toEqual([...ISFAHAN_HANDLES].sort())

        await api.post(`/admin/markets/${markets["tabriz-bazaar"].id}`, { custom_domain: "tabriz-bazaar.test" }, platform)
        const byHost = await api.get("/store/products?limit=50&fields=handle", store({ host: "tabriz-bazaar.test" }))
        expect(handles(byHost.data)).toEqual(["tabriz-carpet", "tabriz-leather-shoes"])

        const bySubdomain = await api.get("/store/products?limit=50&fields=handle", store({ host: "isfahan.localhost:9000" }))
        expect(handles(bySubdomain.data)).toEqual([...ISFAHAN_HANDLES].sort())

        const { data: listed } = await api.get(
          `/store/markets/saffron-house/products?region_id=${regionId}&fields=handle,*variants.calculated_price`,
          store()
        )
        expect(handles(listed)).toEqual([...SAFFRON_HANDLES].sort())
        const saffronProduct = listed.products.find((p: { handle: string }) => p.handle === "saffron-sargol")
        expect(saffronProduct.variants.map((v: { calculated_price: { calculated_amount: number } }) => v.calculated_price.calculated_amount).sort((a: number, b: number) => a - b)).toEqual([32_000_000, 152_000_000])

        expect(await statusOf(api.get("/store/products", store({ "x-market": "no-such-market" })))).toBe(404)
      })
    })

    describe("admin isolation", () => {
      it("narrows Medusa's own list routes to the member's market", async () => {
        const { data: products } = await api.get("/admin/products?limit=50&fields=handle", saffron)
        expect(products.products.map((p: { handle: string }) => p.handle).sort()).toEqual([...SAFFRON_HANDLES].sort())

        const { data: locations } = await api.get("/admin/stock-locations", saffron)
        expect(locations.stock_locations.map((l: { id: string }) => l.id)).toEqual([markets["saffron-house"].stock_location_id])

        const { data: items } = await api.get("/admin/inventory-items?limit=100&fields=sku", saffron)
        // three products with two variants each
        expect(items.count).toBe(6)
        expect(items.inventory_items.every((i: { sku: string }) => /^(SAF|PST|DAT)/.test(i.sku))).toBe(true)

        const { data: own } = await api.get("/admin/markets", saffron)
        expect(own.markets.map((m: Market) => m.handle)).toEqual(["saffron-house"])

        const { data: me } = await api.get("/admin/markets/me", saffron)
        expect(me).toMatchObject({ is_platform_admin: false, memberships: [{ role: "owner", market: { handle: "saffron-house" } }] })
      })

      it("lets a member of several markets switch between them, or see all of them", async () => {
        const { data: users } = await api.get("/admin/users?q=saffron@asoud.local", platform)
        await api.post(`/admin/markets/${markets["isfahan-crafts"].id}/members`, { user_id: users.users[0].id, role: "manager" }, platform)
        const count = async (extra: Record<string, string> = {}) =>
          (await api.get("/admin/products?limit=1&fields=id", { headers: { ...saffron.headers, ...extra } })).data.count

        expect(await count()).toBe(7)
        await api.post("/admin/markets/me", { market_id: markets["isfahan-crafts"].id }, saffron)
        expect(await count()).toBe(4)
        expect((await api.get("/admin/markets/me", saffron)).data.current_market_id).toBe(markets["isfahan-crafts"].id)
        expect(await count({ "x-market-id": markets["saffron-house"].id })).toBe(3)
        await api.post("/admin/markets/me", { market_id: null }, saffron)
        expect(await count()).toBe(7)
        expect(await statusOf(api.post("/admin/markets/me", { market_id: markets["tabriz-bazaar"].id }, saffron))).toBe(404)
      })

      it("answers 404 for another market's products, variants, inventory, stock location and settings, on Medusa's routes and ours", async () => {
        const other = markets["isfahan-crafts"]
        const productId = await productIdOf("minakari-plate")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["id", "inventory_items.inventory_item_id"],
          filters: { product_id: productId },
        })
        const itemId = variants[0].inventory_items![0]!.inventory_item_id

        const attempts = [
          () => api.get(`/admin/products/${productId}`, saffron),
          () => api.post(`/admin/products/${productId}`, { title: "hijacked" }, saffron),
          () => api.delete(`/admin/products/${productId}`, saffron),
          () => api.get(`/admin/products/${productId}/variants`, saffron),
          () => api.post(`/admin/products/${productId}/variants/${variants[0].id}`, { title: "x" }, saffron),
          () => api.get(`/admin/inventory-items/${itemId}`, saffron),
          () => api.post(`/admin/inventory-items/${itemId}`, { sku: "x" }, saffron),
          () => api.get(`/admin/stock-locations/${other.stock_location_id}`, saffron),
          () => api.get(`/admin/markets/${other.id}`, saffron),
          () => api.post(`/admin/markets/${other.id}`, { name: "hijacked" }, saffron),
          () => api.get(`/admin/markets/${other.id}/members`, saffron),
          () => api.get("/admin/products", { headers: { ...saffron.headers, "x-market-id": other.id } }),
        ]
        for (const attempt of attempts) {
          expect(await statusOf(attempt())).toBe(404)
        }
        expect((await api.get(`/admin/products/${productId}?fields=title`, platform)).data.product.title).toBe("بشقاب میناکاری")
      })

      it("answers 403 for every admin route outside the members' allow-list", async () => {
        const own = markets["saffron-house"]
        const attempts = [
          () => api.get("/admin/users", saffron),
          () => api.get("/admin/customers", saffron),
          () => api.get("/admin/api-keys", saffron),
          () => api.get("/admin/price-lists", saffron),
          () => api.get("/admin/promotions", saffron),
          () => api.post("/admin/regions", { name: "x", currency_code: "irr" }, saffron),
          () => api.get("/admin/workflows-executions", saffron),
          () => api.post("/admin/markets", { handle: "mine", name: "mine" }, saffron),
          () => api.post(`/admin/markets/${own.id}/suspend`, {}, saffron),
          () => api.post(`/admin/markets/${own.id}/products`, { add: ["prod_x"] }, saffron),
        ]
        for (const attempt of attempts) {
          expect(await statusOf(attempt())).toBe(403)
        }
        const settings = await api.post(`/admin/markets/${own.id}`, { commission_rate: 0 }, saffron).catch((e: HttpError) => e.response)
        expect(settings.status).toBe(403)
        expect((await api.post(`/admin/markets/${own.id}`, { instagram: "saffron.official" }, saffron)).data.market.instagram).toBe("saffron.official")
      })

      it("puts a member's new product into their market, channel and shipping profile, whatever the request says", async () => {
        const own = markets["saffron-house"]
        const { data } = await api.post(
          "/admin/products",
          {
            title: "زرشک پفکی",
            status: "published",
            sales_channels: [{ id: markets["isfahan-crafts"].sales_channel_id }],
            options: [{ title: "وزن", values: ["۵۰۰ گرم"] }],
            variants: [{ title: "۵۰۰ گرم", options: { وزن: "۵۰۰ گرم" }, prices: [{ currency_code: "irr", amount: 4_000_000 }] }],
          },
          saffron
        )
        const { data: product } = await api.get(`/admin/products/${data.product.id}?fields=shipping_profile.id,*sales_channels`, saffron)
        expect(product.product.sales_channels.map((c: { id: string }) => c.id)).toContain(own.sales_channel_id)
        expect(product.product.sales_channels.map((c: { id: string }) => c.id)).not.toContain(markets["isfahan-crafts"].sales_channel_id)

        const { data: scoped } = await api.get("/store/products?limit=50&fields=handle,title", store({ "x-market": "saffron-house" }))
        expect(scoped.products.map((p: { title: string }) => p.title)).toContain("زرشک پفکی")
        expect((await api.get("/admin/products?limit=50&fields=id", saffron)).data.count).toBe(4)
        expect(await statusOf(api.get(`/admin/products/${data.product.id}`, isfahan))).toBe(404)
      })

      it("leaves platform admins (users with no membership) unaffected", async () => {
        expect((await api.get("/admin/products?limit=1&fields=id", platform)).data.count).toBe(21)
        const { data } = await api.get("/admin/users?limit=50", platform)
        expect(data.users.map((u: { email: string }) => u.email)).toEqual(
          expect.arrayContaining(["admin@asoud.local", "saffron@asoud.local", "isfahan@asoud.local", "tabriz@asoud.local"])
        )
        expect((await api.get("/admin/markets/me", platform)).data).toMatchObject({ is_platform_admin: true, memberships: [] })
      })

      it("lets an owner invite staff who accept with a new login; a revoked member loses access without becoming a platform admin", async () => {
        const own = markets["saffron-house"]
        const { data: invite } = await api.post(`/admin/markets/${own.id}/invitations`, { email: "clerk@saffron.test", role: "staff" }, saffron)
        const { data: registration } = await api.post("/auth/user/emailpass/register", { email: "clerk@saffron.test", password: "clerk-pass" })
        const { data: accepted } = await api.post("/admin/market-invitations/accept", { token: invite.invitation.token, first_name: "کارمند" }, bearer(registration.token))
        expect(accepted.members[0]).toMatchObject({ role: "staff" })
        const reused = await api.post("/admin/market-invitations/accept", { token: invite.invitation.token }, bearer(registration.token)).catch((e: HttpError) => e.response)
        expect(reused.status).toBe(400)

        const clerk = await login("clerk@saffron.test", "clerk-pass")
        expect((await api.get("/admin/products?limit=50&fields=id", clerk)).data.count).toBe(3)
        expect(await statusOf(api.post(`/admin/markets/${own.id}/invitations`, { email: "x@y.test" }, clerk))).toBe(403)

        const { data: members } = await api.get(`/admin/markets/${own.id}/members`, saffron)
        const clerkMember = members.members.find((m: { user: { email: string } }) => m.user.email === "clerk@saffron.test")
        await api.delete(`/admin/markets/${own.id}/members/${clerkMember.id}`, saffron)
        expect((await api.get("/admin/products?limit=50&fields=id", clerk)).data.count).toBe(0)
        expect(await statusOf(api.get("/admin/users", clerk))).toBe(403)
      })

      it("leaves owners to the platform: an owner cannot revoke an owner, and no market loses its last owner", async () => {
        const own = markets["saffron-house"]
        const { data } = await api.get(`/admin/markets/${own.id}/members`, saffron)
        const owner = data.members.find((m: { role: string }) => m.role === "owner")

        const bySelf = await api.delete(`/admin/markets/${own.id}/members/${owner.id}`, saffron).catch((e: HttpError) => e.response)
        expect(bySelf.status).toBe(403)
        expect(bySelf.data.message).toMatch(/ask the platform/)
        const byPlatform = await api.delete(`/admin/markets/${own.id}/members/${owner.id}`, platform).catch((e: HttpError) => e.response)
        expect(byPlatform.status).toBe(400)
        expect(byPlatform.data.message).toMatch(/at least one owner/)
        expect((await api.get("/admin/products?limit=50&fields=id", saffron)).data.count).toBeGreaterThan(0)
      })
    })

    describe("market lifecycle", () => {
      it("takes a suspended market's products out of the store and closes its storefront, and brings them back on approval", async () => {
        const tabriz = markets["tabriz-bazaar"]
        await api.post(`/admin/markets/${tabriz.id}/suspend`, {}, platform)
        const tabrizOwner = await login("tabriz@asoud.local", OWNER_PASSWORD)
        const carpetId = await productIdOf("tabriz-carpet")
        expect(await statusOf(api.post(`/admin/products/${carpetId}`, { title: "x" }, tabrizOwner))).toBe(403)
        expect(await statusOf(api.get(`/admin/products/${carpetId}`, tabrizOwner))).toBe(200)

        const { data } = await api.get("/store/products?limit=50&fields=handle", store())
        expect(data.count).toBe(19)
        expect(data.products.map((p: { handle: string }) => p.handle)).not.toContain("tabriz-carpet")
        expect(await statusOf(api.get("/store/products", store({ "x-market": "tabriz-bazaar" })))).toBe(404)
        expect(await statusOf(api.get("/store/markets/tabriz-bazaar", store()))).toBe(404)
        expect(await statusOf(api.get("/store/markets/tabriz-bazaar/products", store()))).toBe(404)
        expect((await api.get("/store/markets", store())).data.count).toBe(2)
        const { data: key } = await api.get(`/admin/api-keys/${tabriz.publishable_key_id}`, platform)
        expect(await statusOf(api.get("/store/products", storeHeaders(key.api_key.token)))).toBe(404)

        const again = await api.post(`/admin/markets/${tabriz.id}/suspend`, {}, platform).catch((e: HttpError) => e.response)
        expect(again.status).toBe(400)

        await api.post(`/admin/markets/${tabriz.id}/approve`, {}, platform)
        expect((await api.get("/store/products?limit=50&fields=handle", store())).data.count).toBe(21)
        expect((await api.get("/store/products?limit=50&fields=handle", store({ "x-market": "tabriz-bazaar" }))).data.count).toBe(2)
      })

      it("lets a logged-in customer apply to open a market, pending until a platform admin approves it", async () => {
        const anonymous = await api.post("/store/markets", { handle: "yazd-sweets", name: "شیرینی یزد" }, store()).catch((e: HttpError) => e.response)
        expect(anonymous.status).toBe(401)

        const { data: registration } = await api.post("/auth/customer/emailpass/register", { email: "maker@yazd.test", password: "yazd-pass" })
        await api.post("/store/customers", { email: "maker@yazd.test", first_name: "زهرا" }, { headers: { ...store().headers, authorization: `Bearer ${registration.token}` } })
        const { data: session } = await api.post("/auth/customer/emailpass", { email: "maker@yazd.test", password: "yazd-pass" })
        const customer = { headers: { ...store().headers, authorization: `Bearer ${session.token}` } }

        const { data, status } = await api.post("/store/markets", { handle: "yazd-sweets", name: "شیرینی یزد", city: "یزد" }, customer)
        expect(status).toBe(201)
        expect(data.market).toMatchObject({ handle: "yazd-sweets", status: "pending" })
        expect(await statusOf(api.get("/store/markets/yazd-sweets", store()))).toBe(404)

        const { data: pending } = await api.get("/admin/markets?status=pending", platform)
        expect(pending.markets.map((m: Market & { applicant_customer_id: string }) => [m.handle, !!m.applicant_customer_id])).toEqual([["yazd-sweets", true]])
        await api.post(`/admin/markets/${pending.markets[0].id}/approve`, {}, platform)
        expect((await api.get("/store/markets/yazd-sweets", store())).data.market.status).toBe("active")
      })
    })

    describe("split checkout", () => {
      const checkoutCart = async (lines: { handle: string; quantity: number }[]) => {
        const { data } = await api.post("/store/carts", { region_id: regionId, email: "shopper@asoud.test" }, store())
        const cartId = data.cart.id as string
        for (const line of lines) {
          await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(line.handle), quantity: line.quantity }, store())
        }
        await api.post(
          `/store/carts/${cartId}`,
          { shipping_address: { first_name: "سارا", last_name: "احمدی", address_1: "خیابان ولیعصر", city: "تهران", country_code: "ir", postal_code: "1511111111" } },
          store()
        )
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
        const post = options.shipping_options.find((o: { name: string }) => o.name === "پست پیشتاز")
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: post.id }, store())
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
        await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store())
        return cartId
      }

      it("completes a two-market cart into one order per market under one group, paid once, with commission per market order", async () => {
        const cartId = await checkoutCart([
          { handle: "saffron-sargol", quantity: 1 },
          { handle: "minakari-plate", quantity: 2 },
        ])
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
        expect(data.type).toBe("order")
        const checkoutOrder = data.order

        const container = getContainer()
        const service = container.resolve<MarketModuleService>(MARKET_MODULE)
        const [group] = await service.listOrderGroups({ cart_id: cartId })
        expect(group.checkout_order_id).toBe(checkoutOrder.id)
        const records = await service.listMarketOrders({ order_group_id: group.id })
        expect(records).toHaveLength(2)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id", "total", "sales_channel_id", "items.id", "items.product_handle", "items.quantity", "shipping_methods.name", "payment_collections.id", "transactions.reference"],
          filters: { id: records.map((r: { order_id: string }) => r.order_id) },
        })
        // The fields selected above, as the query returns them for a market order.
        type MarketOrder = {
          id: string
          total: number
          sales_channel_id: string
          items: { id: string; product_handle: string; quantity: number }[]
          shipping_methods: { name: string }[]
          payment_collections?: { id: string }[] | null
          transactions: { reference: string }[]
        }
        const marketOrders = orders as unknown as MarketOrder[]
        const byMarket: Record<string, MarketOrder> = Object.fromEntries(
          records.map((r) => [r.market_id, marketOrders.find((o) => o.id === r.order_id)!])
        )
        const saffronOrder = byMarket[markets["saffron-house"].id]
        const isfahanOrder = byMarket[markets["isfahan-crafts"].id]
        expect(saffronOrder.items.map((i: { product_handle: string }) => i.product_handle)).toEqual(["saffron-sargol"])
        expect(isfahanOrder.items.map((i: { product_handle: string; quantity: number }) => [i.product_handle, Number(i.quantity)])).toEqual([["minakari-plate", 2]])
        expect(saffronOrder.sales_channel_id).toBe(markets["saffron-house"].sales_channel_id)
        expect(isfahanOrder.sales_channel_id).toBe(markets["isfahan-crafts"].sales_channel_id)
        // the one shipping method (a platform-wide option) lands on exactly one market order
        expect([...saffronOrder.shipping_methods, ...isfahanOrder.shipping_methods].map((m: { name: string }) => m.name)).toEqual(["پست پیشتاز"])
        // the market orders add up to the checkout, which holds the single payment
        expect(Number(saffronOrder.total) + Number(isfahanOrder.total)).toBe(Number(checkoutOrder.total))
        expect(Number(group.total)).toBe(Number(checkoutOrder.total))
        const { data: checkout } = await query.graph({ entity: "order", fields: ["payment_collections.id"], filters: { id: checkoutOrder.id } })
        expect(checkout[0].payment_collections).toHaveLength(1)
        // A market order's own collection carries its share of the checkout's payment, not a payment.
        expect(saffronOrder.payment_collections ?? []).toHaveLength(1)
        expect(saffronOrder.transactions.map((t: { reference: string }) => t.reference)).toEqual(["order_group"])

        for (const record of records) {
          const rate = record.market_id === markets["saffron-house"].id ? 8 : 10
          const total = Number(byMarket[record.market_id].total)
          expect(Number(record.commission_rate)).toBe(rate)
          expect(Number(record.commission_amount)).toBe(Math.round((total * rate) / 100))
        }
        const forWallet = await getOrderMarket(container, isfahanOrder.id)
        expect(forWallet).toMatchObject({ market_id: markets["isfahan-crafts"].id, order_group_id: group.id })
        expect(Number(forWallet!.market_amount)).toBe(Number(forWallet!.total) - Number(forWallet!.commission_amount))

        // reservations follow the items to the market orders that get fulfilled
        const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: isfahanOrder.items.map((i: { id: string }) => i.id) })
        expect(reservations.map((r) => Number(r.quantity))).toEqual([2])

        // each market sees its own order only, through Medusa's order routes
        const { data: saffronOrders } = await api.get("/admin/orders?fields=id", saffron)
        expect(saffronOrders.orders.map((o: { id: string }) => o.id)).toEqual([saffronOrder.id])
        expect(await statusOf(api.get(`/admin/orders/${isfahanOrder.id}`, saffron))).toBe(404)
        expect(await statusOf(api.get(`/admin/orders/${checkoutOrder.id}`, saffron))).toBe(404)
        expect(await statusOf(api.get(`/admin/orders/${isfahanOrder.id}`, isfahan))).toBe(200)
      })

      it("refuses to complete a cart holding a suspended market's item, creating nothing", async () => {
        const cartId = await checkoutCart([{ handle: "tabriz-leather-shoes", quantity: 1 }])
        await api.post(`/admin/markets/${markets["tabriz-bazaar"].id}/suspend`, {}, platform)
        const response = await api.post(`/store/carts/${cartId}/complete`, {}, store()).catch((e: HttpError) => e.response)
        expect(JSON.stringify(response.data)).toMatch(/not accepting orders/)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(links).toHaveLength(0)
      })

      it("rolls the whole completion back when the split fails", async () => {
        const cartId = await checkoutCart([
          { handle: "saffron-sargol", quantity: 1 },
          { handle: "khatam-box", quantity: 1 },
        ])
        // Fault injection: a group already recorded for this cart makes the split's group step fail.
        const service = getContainer().resolve<MarketModuleService>(MARKET_MODULE)
        await service.createOrderGroups({ cart_id: cartId, checkout_order_id: "order_fake", currency_code: "irr", total: 0 })

        const response = await api.post(`/store/carts/${cartId}/complete`, {}, store()).catch((e: HttpError) => e.response)
        expect(response.data.type).not.toBe("order")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(links).toHaveLength(0)
        const { data: cart } = await api.get(`/store/carts/${cartId}?fields=completed_at`, store())
        expect(cart.cart.completed_at).toBeNull()
        expect(await service.listMarketOrders({})).toHaveLength(0)
        const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { email: "shopper@asoud.test" } })
        expect(orders).toHaveLength(0)
      })
    })

    describe("market profile and invitations (the admin's market screens)", () => {
      it("saves a market's location, contacts, theme and opening hours, and refuses malformed hours and colours with a 400", async () => {
        const own = markets["saffron-house"]
        const opening_hours = { sat: [{ open: "09:00", close: "13:00" }, { open: "16:00", close: "20:00" }], fri: [] }
        const { data } = await api.post(
          `/admin/markets/${own.id}`,
          { city: "قائن", postal_code: "9771700000", mobile: "09150000000", theme: { primary_color: "#b45309" }, opening_hours },
          saffron
        )
        expect(data.market).toMatchObject({ city: "قائن", postal_code: "9771700000", theme: { primary_color: "#b45309" }, opening_hours })
        expect((await api.get(`/store/markets/${own.handle}`, store())).data.market).toMatchObject({ city: "قائن", opening_hours })

        const badHours = await api
          .post(`/admin/markets/${own.id}`, { opening_hours: { sat: [{ open: "18:00", close: "09:00" }] } }, saffron)
          .catch((e: HttpError) => e.response)
        expect(badHours.status).toBe(400)
        expect(badHours.data.message).toMatch(/close after it opens/)
        const badDay = await api.post(`/admin/markets/${own.id}`, { opening_hours: { monday: [] } }, saffron).catch((e: HttpError) => e.response)
        expect(badDay.status).toBe(400)
        const badColour = await api.post(`/admin/markets/${own.id}`, { theme: { primary_color: "red" } }, saffron).catch((e: HttpError) => e.response)
        expect(badColour.status).toBe(400)
        expect(badColour.data.message).toMatch(/#1f6feb/)
        expect(await statusOf(api.post(`/admin/markets/${own.id}`, { subdomain: "mine" }, saffron))).toBe(403)
        expect((await api.get(`/admin/markets/${own.id}`, saffron)).data.market.opening_hours).toEqual(opening_hours)
      })

      it("lists pending invitations without their tokens, shows an invitee what the link is for without a login, and revokes one so its link stops working", async () => {
        const own = markets["saffron-house"]
        const { data: created } = await api.post(`/admin/markets/${own.id}/invitations`, { email: "Manager@Saffron.test", role: "manager" }, platform)
        const token = created.invitation.token as string

        const { data: preview } = await api.get(`/admin/market-invitations/${token}`)
        expect(preview.invitation).toEqual({
          email: "manager@saffron.test",
          role: "manager",
          expires_at: expect.any(String),
          market: { name: "زعفران‌سرای قائنات", handle: "saffron-house" },
        })
        expect(await statusOf(api.get("/admin/market-invitations/not-a-real-token"))).toBe(404)

        const { data: pending } = await api.get(`/admin/markets/${own.id}/invitations`, saffron)
        expect(pending.invitations).toEqual([
          { id: created.invitation.id, email: "manager@saffron.test", role: "manager", expires_at: expect.any(String), created_at: expect.any(String) },
        ])
        // another market's owner sees neither the list nor the invitation
        expect(await statusOf(api.get(`/admin/markets/${own.id}/invitations`, isfahan))).toBe(404)
        expect(await statusOf(api.delete(`/admin/markets/${own.id}/invitations/${created.invitation.id}`, isfahan))).toBe(404)

        const { data: revoked } = await api.delete(`/admin/markets/${own.id}/invitations/${created.invitation.id}`, saffron)
        expect(revoked).toEqual({ id: created.invitation.id, object: "market_invitation", deleted: true })
        expect((await api.get(`/admin/markets/${own.id}/invitations`, saffron)).data.invitations).toEqual([])
        expect(await statusOf(api.get(`/admin/market-invitations/${token}`))).toBe(404)
        const { data: registration } = await api.post("/auth/user/emailpass/register", { email: "manager@saffron.test", password: "manager-pass" })
        const late = await api.post("/admin/market-invitations/accept", { token }, bearer(registration.token)).catch((e: HttpError) => e.response)
        expect(late.status).toBe(400)
      })

      it("lets a role grant only roles below its own: an owner invites managers and staff, a manager staff, the platform owners", async () => {
        const own = markets["saffron-house"]
        const { data: invite } = await api.post(`/admin/markets/${own.id}/invitations`, { email: "deputy@saffron.test", role: "manager" }, saffron)
        const { data: registration } = await api.post("/auth/user/emailpass/register", { email: "deputy@saffron.test", password: "deputy-pass" })
        await api.post("/admin/market-invitations/accept", { token: invite.invitation.token }, bearer(registration.token))
        const deputy = await login("deputy@saffron.test", "deputy-pass")

        expect(await statusOf(api.post(`/admin/markets/${own.id}/invitations`, { email: "boss@saffron.test", role: "owner" }, deputy))).toBe(403)
        expect(await statusOf(api.post(`/admin/markets/${own.id}/invitations`, { email: "clerk2@saffron.test", role: "staff" }, deputy))).toBe(200)
        expect(await statusOf(api.post(`/admin/markets/${own.id}/invitations`, { email: "partner@saffron.test", role: "owner" }, saffron))).toBe(403)
        expect(await statusOf(api.post(`/admin/markets/${own.id}/invitations`, { email: "partner@saffron.test", role: "owner" }, platform))).toBe(200)
        expect((await api.get(`/admin/markets/${own.id}/invitations`, deputy)).data.invitations).toHaveLength(2)
      })
    })
  },
})
