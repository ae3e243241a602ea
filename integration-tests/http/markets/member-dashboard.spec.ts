import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedDemo, storeHeaders } from "../../helpers/demo"

jest.setTimeout(240_000)

// A market owner's day in the admin, as the dashboard calls the API (issue 13, item 2): the calls every
// page makes in the background and the Asoud screens of their day answer with their market's data only.

type Headers = { headers: Record<string, string> }
type Market = { id: string; handle: string; sales_channel_id: string; shipping_profile_id: string; publishable_key_id: string; stock_location_id: string }
type HttpError = { response: { status: number; data: { message: string } } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let platform: Headers
    let saffron: Headers
    let markets: Record<string, Market>
    let platformKey: string

    const login = async (email: string, password: string): Promise<Headers> => ({
      headers: { authorization: `Bearer ${(await api.post("/auth/user/emailpass", { email, password })).data.token}` },
    })
    const statusOf = (request: Promise<unknown>) =>
      request.then(
        () => 200,
        (error: HttpError) => error.response.status
      )
    const productIdOf = async (handle: string) =>
      (await api.get(`/admin/products?handle=${handle}&fields=id`, platform)).data.products[0].id as string

    beforeEach(async () => {
      const { summary } = await seedDemo(getContainer())
      platformKey = summary.publishable_key!
      platform = await login("admin@asoud.local", "asoud-admin")
      saffron = await login("saffron@asoud.local", "asoud-market")
      const { data } = await api.get("/admin/markets?limit=50", platform)
      markets = Object.fromEntries(data.markets.map((market: Market) => [market.handle, market]))
    })

    /** A paid order of saffron-house, placed on its own storefront (its publishable key). */
    async function placeSaffronOrder(): Promise<string> {
      const { data: key } = await api.get(`/admin/api-keys/${markets["saffron-house"].publishable_key_id}`, platform)
      const store = storeHeaders(key.api_key.token)
      const regionId = (await api.get("/store/regions", store)).data.regions[0].id
      const { data } = await api.post("/store/carts", { region_id: regionId, email: "shopper@asoud.test" }, store)
      const cartId = data.cart.id as string
      const variant = (await api.get("/store/products?handle=saffron-sargol&fields=id,*variants", store)).data.products[0].variants[0].id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant, quantity: 1 }, store)
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: { first_name: "سارا", last_name: "احمدی", address_1: "خیابان ولیعصر", city: "تهران", country_code: "ir", postal_code: "1511111111" } },
        store
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.type).toBe("order")
      return completed.order.id
    }

    it("shows the store with the member's own sales channel and stock location as its defaults", async () => {
      const own = markets["saffron-house"]
      const { data } = await api.get("/admin/stores?fields=+default_sales_channel", saffron)
      expect(data.stores[0].default_sales_channel_id).toBe(own.sales_channel_id)
      expect(data.stores[0].default_sales_channel).toBeUndefined()
      const { data: one } = await api.get(`/admin/stores/${data.stores[0].id}`, saffron)
      expect(one.store.default_sales_channel_id).toBe(own.sales_channel_id)
      // the platform still sees the marketplace channel as the default
      const { data: theirs } = await api.get(`/admin/stores/${data.stores[0].id}`, platform)
      expect(theirs.store.default_sales_channel_id).not.toBe(own.sales_channel_id)
    })

    it("lists only the member's sales channel and shipping profile, and answers 404 for the others", async () => {
      const own = markets["saffron-house"]
      const { data: channels } = await api.get("/admin/sales-channels?limit=50", saffron)
      expect(channels.sales_channels.map((channel: { id: string }) => channel.id)).toEqual([own.sales_channel_id])
      expect((await api.get(`/admin/sales-channels/${own.sales_channel_id}`, saffron)).data.sales_channel.id).toBe(own.sales_channel_id)
      expect(await statusOf(api.get(`/admin/sales-channels/${markets["isfahan-crafts"].sales_channel_id}`, saffron))).toBe(404)
      const { data: all } = await api.get("/admin/sales-channels?limit=50", platform)
      const marketplace = all.sales_channels.find((channel: { id: string }) => !Object.values(markets).some((m) => m.sales_channel_id === channel.id))
      expect(await statusOf(api.get(`/admin/sales-channels/${marketplace.id}`, saffron))).toBe(404)
      // asking for another id in the filter still yields only the member's
      const { data: asked } = await api.get(`/admin/sales-channels?id=${markets["isfahan-crafts"].sales_channel_id}`, saffron)
      expect(asked.sales_channels.map((channel: { id: string }) => channel.id)).toEqual([own.sales_channel_id])

      const { data: profiles } = await api.get("/admin/shipping-profiles?limit=50", saffron)
      expect(profiles.shipping_profiles.map((profile: { id: string }) => profile.id)).toEqual([own.shipping_profile_id])
      const foreignProfile = markets["isfahan-crafts"].shipping_profile_id
      if (foreignProfile !== own.shipping_profile_id) {
        expect(await statusOf(api.get(`/admin/shipping-profiles/${foreignProfile}`, saffron))).toBe(404)
      }
    })

    it("lets a member read the warehouse their market ships from, but not change it, nor read another market's location", async () => {
      const own = markets["saffron-house"]
      const query = getContainer().resolve("query")
      const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: own.sales_channel_id } })
      const serving = (channels[0].stock_locations as { id: string }[]).map((location) => location.id)
      const { data: marketRows } = await api.get("/admin/markets?limit=50", platform)
      const ownLocation = marketRows.markets.find((m: { id: string }) => m.id === own.id).stock_location_id as string
      const shared = serving.filter((id) => id !== ownLocation)
      expect(shared.length).toBeGreaterThan(0)
      for (const id of shared) {
        expect((await api.get(`/admin/stock-locations/${id}`, saffron)).data.stock_location.id).toBe(id)
        expect(await statusOf(api.post(`/admin/stock-locations/${id}`, { name: "انبار من" }, saffron))).toBe(404)
        const { data: unchanged } = await api.get(`/admin/stock-locations/${id}`, platform)
        expect(unchanged.stock_location.name).not.toBe("انبار من")
      }
      const foreign = marketRows.markets.find((m: { handle: string }) => m.handle === "isfahan-crafts").stock_location_id as string
      expect(foreign).toBeTruthy()
      if (!serving.includes(foreign)) {
        expect(await statusOf(api.get(`/admin/stock-locations/${foreign}`, saffron))).toBe(404)
      }
    })

    it("answers the dashboard's background calls: their own notifications and layouts, plugins, search indexes", async () => {
      const { data: me } = await api.get("/admin/users/me", saffron)
      const { data: admin } = await api.get("/admin/users/me", platform)
      await getContainer()
        .resolve(Modules.NOTIFICATION)
        .createNotifications([
          { to: me.user.id, channel: "feed", template: "admin-ui", data: { title: "برای زعفران‌سرا" } },
          { to: admin.user.id, channel: "feed", template: "admin-ui", data: { title: "برای مدیر سکو" } },
        ])
      const { data: feed } = await api.get("/admin/notifications?channel=feed", saffron)
      expect(feed.notifications.map((n: { to: string }) => n.to)).toEqual([me.user.id])
      const { data: spoofed } = await api.get(`/admin/notifications?to=${admin.user.id}`, saffron)
      expect(spoofed.notifications.map((n: { to: string }) => n.to)).toEqual([me.user.id])

      // a user by id: themselves or a fellow member (an order's activity names who fulfilled it), no one else
      expect((await api.get(`/admin/users/${me.user.id}`, saffron)).data.user.id).toBe(me.user.id)
      expect(await statusOf(api.get(`/admin/users/${admin.user.id}`, saffron))).toBe(404)
      // the profile form saves their own name (and language); nobody else's, the platform admin's untouched
      expect((await api.post(`/admin/users/${me.user.id}`, { first_name: "رضا" }, saffron)).data.user.first_name).toBe("رضا")
      expect(await statusOf(api.post(`/admin/users/${admin.user.id}`, { first_name: "هکر" }, saffron))).toBe(404)
      expect((await api.get(`/admin/users/${admin.user.id}`, platform)).data.user.first_name).not.toBe("هکر")
      expect(await statusOf(api.delete(`/admin/users/${me.user.id}`, saffron))).toBe(403)

      expect(await statusOf(api.get("/admin/plugins", saffron))).toBe(200)
      expect(await statusOf(api.get("/admin/search-indexes", saffron))).toBe(200)
      expect(await statusOf(api.get("/admin/layouts/product-list/configuration", saffron))).toBe(200)
      expect(await statusOf(api.post("/admin/layouts/product-list/configuration", { is_default: true, configuration: {} }, saffron))).toBe(403)
      // still outside: other people, keys, promotions
      for (const path of ["/admin/users", "/admin/api-keys", "/admin/promotions", "/admin/wallets", "/admin/wallet-withdrawals"]) {
        expect([path, await statusOf(api.get(path, saffron))]).toEqual([path, 403])
      }
    })

    it("opens the tier grid of the member's own product and the gateway payments of their own order, 404 for another market's", async () => {
      const own = await productIdOf("saffron-sargol")
      const foreign = await productIdOf("minakari-plate")
      const { data: grid } = await api.get(`/admin/pricing-tiers/products/${own}/prices?currency_code=irr`, saffron)
      expect(grid.tier_prices.variants.length).toBeGreaterThan(0)
      expect(await statusOf(api.get(`/admin/pricing-tiers/products/${foreign}/prices?currency_code=irr`, saffron))).toBe(404)
      expect(await statusOf(api.post(`/admin/pricing-tiers/products/${foreign}/prices`, { currency_code: "irr", prices: [] }, saffron))).toBe(404)

      const orderId = await placeSaffronOrder()
      const { data } = await api.get(`/admin/iran-payments/transactions?order_id=${orderId}`, saffron)
      expect(Array.isArray(data.gateway_transactions)).toBe(true)
      expect(await statusOf(api.get("/admin/iran-payments/transactions", saffron))).toBe(400)
      const isfahan = await login("isfahan@asoud.local", "asoud-market")
      expect(await statusOf(api.get(`/admin/iran-payments/transactions?order_id=${orderId}`, isfahan))).toBe(404)

      // what the order page and its fulfilment form load: returns, claims, exchanges, reservations of
      // its line items, the shipping option the shopper chose
      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,*items,*shipping_methods`, saffron)
      for (const list of ["returns", "claims", "exchanges"]) {
        expect([list, await statusOf(api.get(`/admin/${list}?order_id=${orderId}`, saffron))]).toEqual([list, 200])
        expect([list, await statusOf(api.get(`/admin/${list}`, saffron))]).toEqual([list, 400])
        expect([list, await statusOf(api.get(`/admin/${list}?order_id=${orderId}`, isfahan))]).toEqual([list, 404])
      }
      const lineItem = order.order.items[0].id
      expect(await statusOf(api.get(`/admin/reservations?line_item_id[]=${lineItem}`, saffron))).toBe(200)
      expect(await statusOf(api.get(`/admin/reservations?line_item_id[]=${lineItem}`, isfahan))).toBe(404)
      expect(await statusOf(api.get("/admin/reservations", saffron))).toBe(400)
      const optionId = order.order.shipping_methods[0].shipping_option_id
      expect((await api.get(`/admin/shipping-options/${optionId}`, saffron)).data.shipping_option.id).toBe(optionId)
      const { data: options } = await api.get("/admin/shipping-options?limit=50", saffron)
      expect(options.shipping_options.map((option: { id: string }) => option.id)).toContain(optionId)

      // the fulfilment form at their own stock location (where the order's stock is reserved) offers the
      // carrier the shopper chose; they fulfil from there and ship. The warehouse that carrier belongs to
      // (read-only to them) and another market's location are not theirs to fulfil from.
      const ownLocation = markets["saffron-house"].stock_location_id
      const { data: atOwn } = await api.get(`/admin/shipping-options?stock_location_id=${ownLocation}`, saffron)
      expect(atOwn.shipping_options.map((option: { id: string }) => option.id)).toContain(optionId)
      const { data: chosen } = await api.get(`/admin/shipping-options/${optionId}?fields=+service_zone.fulfillment_set.location.id`, saffron)
      const warehouse = chosen.shipping_option.service_zone.fulfillment_set.location.id as string
      expect(warehouse).not.toBe(ownLocation)
      const items = [{ id: lineItem, quantity: 1 }]
      const fulfilFrom = (location_id: string, who: Headers) =>
        api.post(`/admin/orders/${orderId}/fulfillments?fields=id,*fulfillments`, { location_id, shipping_option_id: optionId, items }, who)
      expect(await statusOf(fulfilFrom(warehouse, saffron))).toBe(404)
      expect(await statusOf(fulfilFrom(markets["isfahan-crafts"].stock_location_id, saffron))).toBe(404)
      expect(await statusOf(fulfilFrom(ownLocation, isfahan))).toBe(404)
      const fulfillment = (await fulfilFrom(ownLocation, saffron)).data.order.fulfillments[0]
      expect(fulfillment.location_id).toBe(ownLocation)
      const shipment = { items, labels: [{ tracking_number: "RR123456789IR", tracking_url: "#", label_url: "#" }] }
      const shipUrl = `/admin/orders/${orderId}/fulfillments/${fulfillment.id}/shipments?fields=id,*fulfillments`
      expect(await statusOf(api.post(shipUrl, shipment, isfahan))).toBe(404)
      expect((await api.post(shipUrl, shipment, saffron)).data.order.fulfillments[0].shipped_at).toBeTruthy()

      const { data: shared } = await api.get("/admin/product-options?is_exclusive=true&limit=50", saffron)
      expect(shared.product_options.every((option: { is_exclusive?: boolean }) => !option.is_exclusive)).toBe(true)
    })

    it("shows a member their market's wallet and lets only its owner ask for a payout; other wallets are 404", async () => {
      const own = markets["saffron-house"]
      const empty = (await api.get("/admin/wallets/me", saffron)).data.wallets
      expect(empty).toEqual([expect.objectContaining({ id: null, owner_type: "market", owner_id: own.id, balance: 0 })])

      const { data: opened } = await api.post("/admin/wallets", { owner_type: "market", owner_id: own.id }, platform)
      await api.post(`/admin/wallets/${opened.wallet.id}/adjustments`, { type: "credit", amount: "5000000", reason: "تسویهٔ فروش" }, platform)
      const { data: foreign } = await api.post("/admin/wallets", { owner_type: "market", owner_id: markets["isfahan-crafts"].id }, platform)

      const { data: mine } = await api.get("/admin/wallets/me", saffron)
      expect(mine.wallets).toEqual([expect.objectContaining({ id: opened.wallet.id, balance: 5_000_000, available: 5_000_000 })])
      expect((await api.get(`/admin/wallets/${opened.wallet.id}/entries`, saffron)).data.entries).toHaveLength(1)

      const payout = { amount: 1_000_000, iban: "IR820540102680020817909002", account_holder: "رضا قائنی" }
      const { data: requested } = await api.post(`/admin/wallets/${opened.wallet.id}/withdrawals`, payout, saffron)
      expect(requested.withdrawal).toMatchObject({ status: "pending", wallet_id: opened.wallet.id })
      const { data: listed } = await api.get(`/admin/wallets/${opened.wallet.id}/withdrawals`, saffron)
      expect(listed.withdrawals.map((w: { id: string }) => w.id)).toEqual([requested.withdrawal.id])
      expect((await api.get("/admin/wallets/me", saffron)).data.wallets[0]).toMatchObject({ held: 1_000_000, available: 4_000_000 })

      for (const attempt of [
        () => api.get(`/admin/wallets/${foreign.wallet.id}`, saffron),
        () => api.get(`/admin/wallets/${foreign.wallet.id}/entries`, saffron),
        () => api.get(`/admin/wallets/${foreign.wallet.id}/withdrawals`, saffron),
        () => api.post(`/admin/wallets/${foreign.wallet.id}/withdrawals`, payout, saffron),
      ]) {
        expect(await statusOf(attempt())).toBe(404)
      }

      // a manager reads the wallet but cannot ask for a payout
      const { data: users } = await api.get("/admin/users?q=isfahan@asoud.local", platform)
      await api.post(`/admin/markets/${own.id}/members`, { user_id: users.users[0].id, role: "manager" }, platform)
      const manager = await login("isfahan@asoud.local", "asoud-market")
      const asManager = { headers: { ...manager.headers, "x-market-id": own.id } }
      expect((await api.get("/admin/wallets/me", asManager)).data.wallets[0].id).toBe(opened.wallet.id)
      expect(await statusOf(api.post(`/admin/wallets/${opened.wallet.id}/withdrawals`, payout, asManager))).toBe(403)

      // the platform admin's own wallet is the platform's
      const { data: platformWallets } = await api.get("/admin/wallets/me", platform)
      expect(platformWallets.wallets).toEqual([expect.objectContaining({ owner_type: "platform" })])
    })
  },
})
