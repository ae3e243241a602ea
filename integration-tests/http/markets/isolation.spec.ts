import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, sep } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { compileRules, DEFAULT_MEMBER_ROUTES, matchRule, UNSCOPED, type MemberRouteRule } from "@asoud/markets/lib/admin-allow-list"
import { MARKET_MODULE } from "@asoud/markets/workflows"
import { AFFILIATE_MEMBER_ROUTES } from "@asoud/affiliates/member-routes"
import type { MarketModuleService } from "@asoud/markets/modules/market"
import { seedDemo, storeHeaders } from "../../helpers/demo"

jest.setTimeout(600_000)

type Headers = { headers: Record<string, string> }
type Market = { id: string; handle: string; sales_channel_id: string; stock_location_id: string }
type HttpError = { response: { status: number; data: { message: string } } }
type Ids = Record<string, string>

const OWNER_PASSWORD = "asoud-market"
const A = "saffron-house"
const B = "isfahan-crafts"
/** What the platform gives market staff (src/config/plugins.ts): the markets plugin's routes and those of affiliates. */
const PLATFORM_MEMBER_ROUTES = [...DEFAULT_MEMBER_ROUTES, ...(AFFILIATE_MEMBER_ROUTES as readonly MemberRouteRule[])]

/** Every admin route file of Medusa 2.21 and of our plugins, as `{ path, methods, authenticated }`. */
function adminRoutes(): { path: string; methods: string[] }[] {
  const roots = [
    dirname(require.resolve("@medusajs/medusa/package.json")) + "/dist/api/admin",
    ...readdirSync(join(__dirname, "../../../plugins")).map((plugin) => join(__dirname, "../../../plugins", plugin, ".medusa/server/src/api/admin")),
  ]
  const found: { path: string; methods: string[] }[] = []
  const walk = (root: string, dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry)
      if (statSync(full).isDirectory()) {
        walk(root, full)
      } else if (entry === "route.js") {
        const source = readFileSync(full, "utf8")
        // routes that authenticate themselves (invitation look-ups) are not behind the admin login
        if (/exports\.AUTHENTICATE\s*=\s*false/.test(source)) {
          continue
        }
        const methods = ["GET", "POST", "DELETE"].filter((method) => new RegExp(`exports\\.${method}\\s*=\\s*[A-Za-z(]`).test(source))
        const path = "/admin/" + relative(root, dirname(full)).split(sep).filter(Boolean).join("/")
        found.push({ path: path.replace(/\/$/, ""), methods })
      }
    }
  }
  for (const root of roots) {
    try {
      walk(root, root)
    } catch {
      // a plugin with no admin routes
    }
  }
  return found
}

/** `{ "update[].prices[].id": "x" }` -> `{ update: [{ prices: [{ id: "x" }] }] }`. */
function bodyWith(path: string, id: string): Record<string, unknown> {
  const [head, ...rest] = path.split(".")
  const isArray = head.endsWith("[]")
  const key = isArray ? head.slice(0, -2) : head
  const inner = rest.length ? bodyWith(rest.join("."), id) : id
  return { [key]: isArray ? [inner] : inner }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let platformKey: string
    let platform: Headers
    let ownerA: Headers
    let markets: Record<string, Market>

    const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
    const login = async (email: string, password: string) => bearer((await api.post("/auth/user/emailpass", { email, password })).data.token)
    const store = (): Headers => storeHeaders(platformKey)
    const call = (method: string, url: string, body: object | undefined, headers: Headers) =>
      (method === "GET" ? api.get(url, headers) : method === "DELETE" ? api.delete(url, headers) : api.post(url, body ?? {}, headers)).then(
        (response: { status: number }) => ({ status: response.status, message: "" }),
        (error: HttpError) => ({ status: error.response.status, message: error.response.data?.message ?? "" })
      )
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    beforeEach(async () => {
      const { summary } = await seedDemo(getContainer())
      platformKey = summary.publishable_key!
      platform = await login("admin@asoud.local", "asoud-admin")
      ownerA = await login("saffron@asoud.local", OWNER_PASSWORD)
      const { data } = await api.get("/admin/markets?limit=50", platform)
      markets = Object.fromEntries(data.markets.map((m: Market) => [m.handle, m]))
    })

    /** A completed checkout of one item of each product, through the store like a shopper: the order Medusa made. */
    const checkout = async (...handles: string[]): Promise<string> => {
      const regionId = (await api.get("/store/regions", store())).data.regions[0].id
      const { data } = await api.post("/store/carts", { region_id: regionId, email: "shopper@asoud.test" }, store())
      const cartId = data.cart.id as string
      for (const handle of handles) {
        const variant = (await api.get(`/store/products?handle=${handle}&fields=id,*variants`, store())).data.products[0].variants[0].id
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant, quantity: 1 }, store())
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
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      return completed.order.id as string
    }

    /** One id of each resource the rule table names, for a market (made by the platform where the demo has none). */
    const idsOf = async (handle: string, productHandle: string): Promise<Ids> => {
      const market = markets[handle]
      const productId = (await api.get(`/admin/products?handle=${productHandle}&fields=id`, platform)).data.products[0].id as string
      await api.post(`/admin/products/${productId}`, { images: [{ url: `https://img.asoud.test/${productHandle}.jpg` }] }, platform)
      const { data: product } = await api.get(
        `/admin/products/${productId}?fields=id,*images,*options,*options.values,*variants,*variants.prices,*variants.inventory_items`,
        platform
      )
      const variant = product.product.variants[0]
      const inventoryItemId = variant.inventory_items[0].inventory_item_id as string
      const { data: levels } = await query().graph({
        entity: "inventory_level",
        fields: ["id"],
        filters: { inventory_item_id: inventoryItemId, location_id: market.stock_location_id },
      })
      const orderId = await checkout(productHandle)
      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, platform)
      const { data: fulfilled } = await api.post(
        `/admin/orders/${orderId}/fulfillments?fields=id,*fulfillments`,
        { location_id: market.stock_location_id, items: [{ id: order.order.items[0].id, quantity: 1 }] },
        platform
      )
      const { data: invitation } = await api.post(`/admin/markets/${market.id}/invitations`, { email: `clerk@${handle}.test`, role: "staff" }, platform)
      const { data: members } = await api.get(`/admin/markets/${market.id}/members`, platform)
      return {
        market: market.id,
        product: productId,
        variant: variant.id,
        product_image: product.product.images[0].id,
        product_option: product.product.options[0].id,
        product_option_value: product.product.options[0].values[0].id,
        // B's own (exclusive) option: not the platform's shared kind, which anyone may link
        linkable_product_option: product.product.options[0].id,
        linkable_product_option_value: product.product.options[0].values[0].id,
        price: variant.prices[0].id,
        inventory_item: inventoryItemId,
        inventory_level: levels[0].id,
        stock_location: market.stock_location_id,
        // B's own location serves only B's channel: A may not even read it
        serving_stock_location: market.stock_location_id,
        sales_channel: market.sales_channel_id,
        order: orderId,
        fulfillment: fulfilled.order.fulfillments[0].id,
        market_member: members.members[0].id,
        market_invitation: invitation.invitation.id,
      }
    }

    /** What B owns, as the platform reads it: must be identical after every attack. */
    const snapshotOf = async (ids: Ids) => {
      const [{ data: product }, { data: levels }, { data: order }, { data: variantLinks }] = await Promise.all([
        query().graph({
          entity: "product",
          fields: ["id", "title", "status", "option_ids", "options.id", "images.id", "images.variants.id", "variants.id", "variants.title", "variants.prices.id", "variants.prices.amount", "variants.options.id"],
          filters: { id: ids.product },
        }),
        query().graph({ entity: "inventory_level", fields: ["id", "location_id", "stocked_quantity"], filters: { inventory_item_id: ids.inventory_item } }),
        query().graph({ entity: "order", fields: ["id", "status", "fulfillments.id", "fulfillments.canceled_at", "fulfillments.shipped_at", "fulfillments.delivered_at"], filters: { id: ids.order } }),
        query().graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: ids.variant } }),
      ])
      const service = getContainer().resolve<MarketModuleService>(MARKET_MODULE)
      const members = await service.listMarketMembers({ market_id: ids.market }, { select: ["id", "role", "revoked_at"] })
      const invitations = await service.listMarketInvitations({ market_id: ids.market }, { select: ["id", "role", "accepted_at", "deleted_at"] })
      return JSON.stringify({ product, levels, order, variantLinks, members, invitations })
    }

    it("answers 404 for B's id in every id position of every member route (path, body, query) and changes nothing of B's", async () => {
      const a = await idsOf(A, "saffron-sargol")
      const b = await idsOf(B, "minakari-plate")
      const before = await snapshotOf(b)

      const rules = PLATFORM_MEMBER_ROUTES
      let positions = 0
      const leaks: string[] = []
      for (const rule of rules as MemberRouteRule[]) {
        const scoped = Object.entries(rule.params ?? {}).filter(([, resource]) => resource !== UNSCOPED)
        const fill = (ids: Ids, foreignParam?: string) =>
          rule.path.replace(/:([a-z_]+)/g, (_, name: string) => {
            const resource = rule.params![name]
            if (resource === UNSCOPED) {
              return "x"
            }
            return name === foreignParam ? b[resource] : ids[resource]
          })
        for (const method of rule.methods) {
          for (const [name] of scoped) {
            positions++
            const result = await call(method, fill(a, name), method === "POST" ? {} : undefined, ownerA)
            if (result.status !== 404 || !result.message.includes(b[rule.params![name]])) {
              leaks.push(`${method} ${rule.path} :${name} -> ${result.status} ${result.message}`)
            }
          }
          if (method === "POST") {
            for (const [path, resource] of Object.entries(rule.body ?? {})) {
              positions++
              const result = await call(method, fill(a), bodyWith(path, b[resource]), ownerA)
              if (result.status !== 404 || !result.message.includes(b[resource])) {
                leaks.push(`${method} ${rule.path} body ${path} -> ${result.status} ${result.message}`)
              }
            }
          }
          for (const [name, resource] of Object.entries(rule.query ?? {})) {
            if (method === "GET") {
              positions++
              const result = await call(method, `${fill(a)}?${name}=${b[resource]}`, undefined, ownerA)
              if (result.status !== 404 || !result.message.includes(b[resource])) {
                leaks.push(`${method} ${rule.path} ?${name} -> ${result.status} ${result.message}`)
              }
            }
          }
        }
      }
      console.log(`member routes: ${rules.length} rules, ${positions} id positions tried with B's ids`)
      expect(leaks).toEqual([])
      expect(positions).toBeGreaterThan(60)
      expect(await snapshotOf(b)).toBe(before)

      // the same request with A's own ids goes through: the 404s above are about ownership, not shape
      expect((await call("GET", `/admin/products/${a.product}/variants/${a.variant}`, undefined, ownerA)).status).toBe(200)
      expect((await call("POST", `/admin/products/${a.product}/variants/batch`, { update: [{ id: a.variant, title: "سرگل ۲" }] }, ownerA)).status).toBe(200)
    })

    it("refuses every other admin route (Medusa's and ours) to a market owner, whatever ids it names", async () => {
      const compiled = compileRules(PLATFORM_MEMBER_ROUTES)
      const routes = adminRoutes()
      let tried = 0
      const open: string[] = []
      for (const route of routes) {
        for (const method of route.methods) {
          const url = route.path.replace(/\[([a-z_]+)\]/g, () => markets[B].id)
          if (matchRule(compiled, method, url)) {
            continue
          }
          tried++
          const result = await call(method, url, {}, ownerA)
          if (result.status !== 403) {
            open.push(`${method} ${route.path} -> ${result.status}`)
          }
        }
      }
      console.log(`admin routes found: ${routes.length}; method+route pairs refused to a member: ${tried}`)
      expect(routes.length).toBeGreaterThan(250)
      expect(open).toEqual([])
    })

    it("reproduction 1: deletes, updates, links and images through A's product never reach B's variant", async () => {
      const b = await idsOf(B, "minakari-plate")
      const a = await idsOf(A, "saffron-sargol")
      const before = await snapshotOf(b)
      const attempts: [string, string, object | undefined][] = [
        ["DELETE", `/admin/products/${a.product}/variants/${b.variant}`, undefined],
        ["POST", `/admin/products/${a.product}/variants/${b.variant}`, { title: "hijacked" }],
        ["POST", `/admin/products/${a.product}/variants/batch`, { delete: [b.variant] }],
        ["POST", `/admin/products/${a.product}/variants/batch`, { update: [{ id: b.variant, title: "hijacked" }] }],
        ["POST", `/admin/products/${a.product}/variants/inventory-items/batch`, { delete: [{ variant_id: b.variant, inventory_item_id: b.inventory_item }] }],
        ["POST", `/admin/products/${a.product}/variants/${a.variant}/inventory-items`, { inventory_item_id: b.inventory_item, required_quantity: 1 }],
        ["DELETE", `/admin/products/${a.product}/variants/${b.variant}/inventory-items/${b.inventory_item}`, undefined],
        ["POST", `/admin/products/${a.product}/variants/${a.variant}/images/batch`, { add: [b.product_image] }],
        ["POST", `/admin/products/${a.product}/images/${a.product_image}/variants/batch`, { add: [b.variant] }],
        ["POST", `/admin/products/${a.product}`, { variants: [{ id: b.variant, title: "hijacked" }] }],
        ["POST", `/admin/products/${a.product}/variants/${a.variant}`, { prices: [{ id: b.price, amount: 1 }] }],
        ["POST", `/admin/inventory-items/location-levels/batch`, { delete: [b.inventory_level] }],
        ["POST", `/admin/inventory-items/${a.inventory_item}/location-levels/batch`, { create: [{ location_id: b.stock_location }] }],
        ["POST", `/admin/orders/${a.order}/fulfillments/${b.fulfillment}/cancel`, {}],
        ["POST", `/admin/orders/${a.order}/fulfillments`, { location_id: b.stock_location, items: [] }],
      ]
      for (const [method, url, body] of attempts) {
        expect([method, url, (await call(method, url, body, ownerA)).status]).toEqual([method, url, 404])
      }
      expect(await snapshotOf(b)).toBe(before)

      // an option the platform shares (not exclusive) is anyone's to link, but not to change
      const { data: shared } = await api.post(
        "/admin/product-options?fields=id,*values",
        { title: "بسته‌بندی", values: ["کوچک", "بزرگ"], is_exclusive: false },
        platform
      )
      const sharedId = shared.product_option.id as string
      const link = { add: [{ id: sharedId, value_ids: [shared.product_option.values[0].id] }] }
      expect((await call("POST", `/admin/products/${a.product}/options/batch`, link, ownerA)).status).toBe(200)
      const change = { update: [{ product_option_id: sharedId, add: [{ value: "متوسط" }] }] }
      expect((await call("POST", `/admin/products/${a.product}/options/batch`, change, ownerA)).status).toBe(404)
    })

    it("reproduction 2: refuses fields expansions that reach other markets with a 400 naming the field", async () => {
      const a = await idsOf(A, "saffron-sargol")
      const refused: [string, string][] = [
        ["/admin/product-categories?fields=products.id,products.status,products.metadata", "products"],
        ["/admin/product-categories?fields=id,products", "products"],
        [`/admin/orders/${a.order}?fields=customer.orders.*`, "customer.orders"],
        [`/admin/orders/${a.order}?fields=*customer.addresses`, "customer.addresses"],
        [`/admin/products/${a.product}?fields=sales_channels.products_link.*`, "sales_channels.products_link"],
        [`/admin/products/${a.product}?fields=*collection.products`, "collection.products"],
        [`/admin/stock-locations/${a.stock_location}?fields=sales_channels.stock_locations.id`, "sales_channels.stock_locations"],
        [`/admin/stock-locations/${a.stock_location}?fields=*sales_channels.products_link`, "sales_channels.products_link"],
        [`/admin/inventory-items/${a.inventory_item}?fields=location_levels.stock_locations.*`, "location_levels.stock_locations"],
        [`/admin/inventory-items/${a.inventory_item}?fields=*stock_locations`, "stock_locations"],
        ["/admin/regions?expand=countries.region", "countries.region"],
      ]
      for (const [url, field] of refused) {
        const result = await call("GET", url, undefined, ownerA)
        expect([url, result.status]).toEqual([url, 400])
        expect(result.message).toContain(`"${field}"`)
      }
      // the dashboard's own expansions still work, and a plain request lists nobody's products
      expect((await call("GET", `/admin/orders/${a.order}?fields=*customer,*items,*items.variant,*items.variant.product,+summary`, undefined, ownerA)).status).toBe(200)
      expect((await call("GET", "/admin/product-categories?fields=id,name,category_children", undefined, ownerA)).status).toBe(200)
      const { data: categories } = await api.get("/admin/product-categories?limit=100", ownerA)
      expect(JSON.stringify(categories)).not.toMatch(/"products"/)
    })

    it("reproduction 3: roles grant only below their own; platform admins are explicit and never a market's staff", async () => {
      const own = markets[A]
      // a manager cannot invite an owner, nor another manager; an owner cannot make an owner
      const { data: invite } = await api.post(`/admin/markets/${own.id}/invitations`, { email: "deputy@saffron.test", role: "manager" }, ownerA)
      const { data: registration } = await api.post("/auth/user/emailpass/register", { email: "deputy@saffron.test", password: "deputy-pass" })
      await api.post("/admin/market-invitations/accept", { token: invite.invitation.token }, bearer(registration.token))
      const deputy = await login("deputy@saffron.test", "deputy-pass")
      expect((await call("POST", `/admin/markets/${own.id}/invitations`, { email: "boss@x.test", role: "owner" }, deputy)).status).toBe(403)
      expect((await call("POST", `/admin/markets/${own.id}/invitations`, { email: "peer@x.test", role: "manager" }, deputy)).status).toBe(403)
      expect((await call("POST", `/admin/markets/${own.id}/invitations`, { email: "clerk@x.test", role: "staff" }, deputy)).status).toBe(201)
      expect((await call("POST", `/admin/markets/${own.id}/invitations`, { email: "co@x.test", role: "owner" }, ownerA)).status).toBe(403)

      // an owner adds only users they invited: not the platform admin, not B's owner
      const { data: users } = await api.get("/admin/users?limit=50", platform)
      const userId = (email: string) => users.users.find((u: { email: string }) => u.email === email).id as string
      const service = getContainer().resolve<MarketModuleService>(MARKET_MODULE)
      expect((await call("POST", `/admin/markets/${own.id}/members`, { user_id: userId("admin@asoud.local"), role: "staff" }, ownerA)).status).toBe(404)
      expect((await call("POST", `/admin/markets/${own.id}/members`, { user_id: userId("isfahan@asoud.local"), role: "staff" }, ownerA)).status).toBe(404)
      expect(await service.listMarketMembers({ user_id: userId("admin@asoud.local") })).toEqual([])

      // an owner can re-add the deputy they invited (after revoking), as staff
      const deputyMember = (await service.listMarketMembers({ user_id: userId("deputy@saffron.test") }))[0]
      await api.delete(`/admin/markets/${own.id}/members/${deputyMember.id}`, ownerA)
      expect((await call("POST", `/admin/markets/${own.id}/members`, { user_id: userId("deputy@saffron.test"), role: "staff" }, ownerA)).status).toBe(201)

      // not even the platform can make a platform admin a market's staff
      const refused = await call("POST", `/admin/markets/${own.id}/members`, { user_id: userId("admin@asoud.local"), role: "staff" }, platform)
      expect(refused.status).toBe(400)
      expect(refused.message).toMatch(/platform admin/)
      expect((await api.get("/admin/markets/me", platform)).data).toMatchObject({ is_platform_admin: true, memberships: [] })

      // platform rights are a row of their own: a revoked member is no platform admin, a platform admin stays one
      await api.delete(`/admin/markets/${own.id}/members/${deputyMember.id}`, ownerA)
      expect((await api.get("/admin/markets/me", deputy)).data.is_platform_admin).toBe(false)
      expect((await call("GET", "/admin/users", undefined, deputy)).status).toBe(403)
      expect(await service.listPlatformAdmins({ user_id: userId("deputy@saffron.test") })).toEqual([])
      expect(await service.listPlatformAdmins({ user_id: userId("admin@asoud.local") })).toHaveLength(1)
    })

    it("makes the first user of a new installation (`medusa user`) a platform admin, and nobody after", async () => {
      const service = getContainer().resolve<MarketModuleService>(MARKET_MODULE)
      const newUser = async (email: string) => {
        const { authIdentity } = await getContainer().resolve(Modules.AUTH).register("emailpass", { body: { email, password: "pass-1234" } })
        const { result } = await createUserAccountWorkflow(getContainer()).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
        return result.id
      }
      // a new installation: nobody holds platform rights yet
      await service.deletePlatformAdmins((await service.listPlatformAdmins({})).map((row) => row.id))
      const firstId = await newUser("operator@x.test")
      const first = await login("operator@x.test", "pass-1234")
      expect((await api.get("/admin/markets/me", first)).data).toMatchObject({ is_platform_admin: true })
      expect((await call("GET", "/admin/users", undefined, first)).status).toBe(200)
      expect(await service.listPlatformAdmins({ user_id: firstId })).toHaveLength(1)

      await newUser("second@x.test")
      const second = await login("second@x.test", "pass-1234")
      expect((await api.get("/admin/markets/me", second)).data).toMatchObject({ is_platform_admin: false, memberships: [] })
      expect((await call("GET", "/admin/users", undefined, second)).status).toBe(403)
      expect((await api.get("/admin/products?fields=id", second)).data.count).toBe(0)
    })

    it("item 6: the split-order widget shows a member only their share; sale-mirror sync is the platform's, with a strict body", async () => {
      const checkoutOrderId = await checkout("saffron-sargol", "minakari-plate")
      const service = getContainer().resolve<MarketModuleService>(MARKET_MODULE)
      const [group] = await service.listOrderGroups({ checkout_order_id: checkoutOrderId })
      const records = await service.listMarketOrders({ order_group_id: group.id })
      const own = records.find((record) => record.market_id === markets[A].id)!
      const { data: widget } = await api.get(`/admin/orders/${own.order_id}/market`, ownerA)
      // the group's id only: its total (A's share plus B's) and the checkout order stay the platform's
      expect(widget.order_group).toEqual({ id: group.id })
      expect(widget.market_orders.map((row: { order_id: string }) => row.order_id)).toEqual([own.order_id])
      expect(JSON.stringify(widget)).not.toContain(`"total":${Number(group.total)}`)
      const { data: asPlatform } = await api.get(`/admin/orders/${checkoutOrderId}/market`, platform)
      expect(asPlatform.order_group).toMatchObject({ id: group.id, checkout_order_id: checkoutOrderId })
      expect(asPlatform.market_orders).toHaveLength(2)

      expect((await call("POST", "/admin/pricing-tiers/sale-mirrors/sync", {}, ownerA)).status).toBe(403)
      const junk = await call("POST", "/admin/pricing-tiers/sale-mirrors/sync", { everything: true }, platform)
      expect(junk.status).toBe(400)
      expect((await call("POST", "/admin/pricing-tiers/sale-mirrors/sync", {}, platform)).status).toBe(200)
    })
  },
})
