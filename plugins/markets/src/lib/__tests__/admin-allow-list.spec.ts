// The link definition needs a booted Medusa; the table only reads its entry point at run time.
jest.mock("../../links/market-product", () => ({ __esModule: true, default: { entryPoint: "market_market_product_product" } }))

import { compileRules, DEFAULT_MEMBER_ROUTES, matchRule, UNSCOPED, type MemberRouteRule } from "../admin-allow-list"
import { RESOURCE_RESOLVERS } from "../resource-resolvers"

const rules = compileRules(DEFAULT_MEMBER_ROUTES)

describe("member admin allow-list", () => {
  it("maps every path param of every rule to a resource (or says it is unscoped)", () => {
    const unmapped = rules.flatMap((rule) => rule.unmapped.map((name) => `${rule.path} :${name}`))
    expect(unmapped).toEqual([])
    // and the count proves the loop saw the params
    expect(rules.reduce((sum, rule) => sum + rule.names.length, 0)).toBeGreaterThan(30)
  })

  it("names only resources the resolver table knows, in params, body and query", () => {
    const refs = DEFAULT_MEMBER_ROUTES.flatMap((rule) => [
      ...Object.values(rule.params ?? {}),
      ...Object.values(rule.body ?? {}),
      ...Object.values(rule.query ?? {}),
    ])
    const unknown = refs.filter((ref) => ref !== UNSCOPED && !RESOURCE_RESOLVERS[ref])
    expect(unknown).toEqual([])
    expect(new Set(refs).size).toBeGreaterThan(10)
  })

  it("refuses wildcards: every id a member can name must be listed", () => {
    expect(() => compileRules([{ methods: ["GET"], path: "/admin/products/:id/*", params: { id: "product" } }])).toThrow(/wildcards/)
  })

  it("fails closed on a rule with a param it does not map", () => {
    const [rule] = compileRules([{ methods: ["DELETE"], path: "/admin/products/:id/variants/:variant_id", params: { id: "product" } } as MemberRouteRule])
    expect(rule.unmapped).toEqual(["variant_id"])
  })

  it("scopes both ids of a variant route", () => {
    const hit = matchRule(rules, "DELETE", "/admin/products/prod_1/variants/variant_1")
    expect(hit?.params).toEqual({ id: "prod_1", variant_id: "variant_1" })
    expect(hit?.rule.params).toEqual({ id: "product", variant_id: "variant" })
  })

  it("prefers literal routes: markets/me over markets/:id, variants/batch over variants/:variant_id", () => {
    expect(matchRule(rules, "GET", "/admin/markets/me")?.rule.path).toBe("/admin/markets/me")
    expect(matchRule(rules, "POST", "/admin/products/prod_1/variants/batch")?.rule.path).toBe("/admin/products/:id/variants/batch")
    expect(matchRule(rules, "POST", "/admin/products/prod_1/variants/inventory-items/batch")?.rule.path).toBe(
      "/admin/products/:id/variants/inventory-items/batch"
    )
    expect(matchRule(rules, "POST", "/admin/inventory-items/iitem_1/location-levels/batch")?.rule.path).toBe(
      "/admin/inventory-items/:id/location-levels/batch"
    )
    expect(matchRule(rules, "POST", "/admin/inventory-items/location-levels/batch")?.rule.path).toBe(
      "/admin/inventory-items/location-levels/batch"
    )
  })

  it("denies what is not listed: other users, api keys, market status changes, unknown product sub-routes", () => {
    expect(matchRule(rules, "GET", "/admin/users")).toBeUndefined()
    // GET /admin/users/:id is listed, but only for the member and fellow members, POST only for the member
    // themselves (member-dashboard middleware)
    expect(matchRule(rules, "POST", "/admin/users/user_2")?.rule.params).toEqual({ id: "unscoped" })
    expect(matchRule(rules, "DELETE", "/admin/users/user_2")).toBeUndefined()
    expect(matchRule(rules, "GET", "/admin/api-keys")).toBeUndefined()
    expect(matchRule(rules, "POST", "/admin/markets/mkt_1/suspend")).toBeUndefined()
    expect(matchRule(rules, "DELETE", "/admin/regions/reg_1")).toBeUndefined()
    expect(matchRule(rules, "POST", "/admin/products/prod_1/something-new/x_1")).toBeUndefined()
    expect(matchRule(rules, "POST", "/admin/orders/order_1/transfer")).toBeUndefined()
    expect(matchRule(rules, "POST", "/admin/pricing-tiers/sale-mirrors/sync")).toBeUndefined()
  })

  it("lets a member fulfil and ship their order from their own stock location only, and save their own profile", () => {
    const fulfil = matchRule(rules, "POST", "/admin/orders/order_1/fulfillments")!
    expect(fulfil.rule.params).toEqual({ id: "order" })
    // their own location, not one that merely serves their channel (the platform's warehouse)
    expect(fulfil.rule.body).toEqual({ location_id: "stock_location" })
    const ship = matchRule(rules, "POST", "/admin/orders/order_1/fulfillments/ful_1/shipments")!
    expect(ship.params).toEqual({ id: "order_1", fulfillment_id: "ful_1" })
    expect(ship.rule.params).toEqual({ id: "order", fulfillment_id: "fulfillment" })
    for (const [method, path] of [
      ["GET", "/admin/stock-locations"],
      ["GET", "/admin/shipping-options"],
      ["GET", "/admin/shipping-options/so_1"],
      ["GET", "/admin/reservations"],
      ["GET", "/admin/orders/order_1/preview"],
      ["GET", "/admin/products/prod_1/variants/variant_1"],
      ["POST", "/admin/orders/order_1/fulfillments/ful_1/mark-as-delivered"],
      ["POST", "/admin/users/user_1"],
    ]) {
      expect([method, path, !!matchRule(rules, method, path)]).toEqual([method, path, true])
    }
  })

  it("names the ids inside batch and link bodies", () => {
    const batch = matchRule(rules, "POST", "/admin/products/prod_1/variants/batch")!.rule
    expect(batch.body).toMatchObject({ "update[].id": "variant", "delete[]": "variant" })
    const links = matchRule(rules, "POST", "/admin/products/prod_1/variants/inventory-items/batch")!.rule
    expect(links.body).toMatchObject({ "create[].variant_id": "variant", "delete[].inventory_item_id": "inventory_item" })
    const levels = matchRule(rules, "POST", "/admin/inventory-items/location-levels/batch")!.rule
    expect(levels.body).toMatchObject({ "create[].location_id": "stock_location", "delete[]": "inventory_level" })
  })
})

describe("Medusa's default field sets on member routes", () => {
  // What a plain request (no `fields`) returns must be a relation we reviewed and allow, or a plain
  // request could reach what an explicit `fields` may not. `summary` is the one bare relation here.
  const isRelation = (name: string) => name === "summary"
  /* eslint-disable @typescript-eslint/no-require-imports */
  const defaults: [string, string[]][] = [
    ["/admin/products", require("@medusajs/medusa/api/admin/products/query-config").listProductQueryConfig.defaults],
    ["/admin/products/:id", require("@medusajs/medusa/api/admin/products/query-config").retrieveProductQueryConfig.defaults],
    ["/admin/products/:id/variants/:variant_id", require("@medusajs/medusa/api/admin/products/query-config").retrieveVariantConfig.defaults],
    ["/admin/orders", require("@medusajs/medusa/api/admin/orders/query-config").listTransformQueryConfig.defaults],
    ["/admin/orders/:id", require("@medusajs/medusa/api/admin/orders/query-config").retrieveTransformQueryConfig.defaults],
    ["/admin/inventory-items", require("@medusajs/medusa/api/admin/inventory-items/query-config").listTransformQueryConfig.defaults],
    ["/admin/inventory-items/:id", require("@medusajs/medusa/api/admin/inventory-items/query-config").retrieveTransformQueryConfig.defaults],
    ["/admin/stock-locations", require("@medusajs/medusa/api/admin/stock-locations/query-config").listTransformQueryConfig.defaults],
    ["/admin/stock-locations/:id", require("@medusajs/medusa/api/admin/stock-locations/query-config").retrieveTransformQueryConfig.defaults],
    ["/admin/product-categories", require("@medusajs/medusa/api/admin/product-categories/query-config").listProductCategoryConfig.defaults],
    ["/admin/regions", require("@medusajs/medusa/api/admin/regions/query-config").listTransformQueryConfig.defaults],
    ["/admin/stores", require("@medusajs/medusa/api/admin/stores/query-config").listTransformQueryConfig.defaults],
  ]
  /* eslint-enable @typescript-eslint/no-require-imports */
  const { requestedRelations } = jest.requireActual<typeof import("../field-guard")>("../field-guard")

  it.each(defaults)("%s: every default relation is one the rule allows", (path, fields) => {
    const rule = DEFAULT_MEMBER_ROUTES.find((candidate) => candidate.path === path && candidate.methods.includes("GET"))!
    const relations = requestedRelations(fields.join(","), isRelation)
    expect(relations.filter((relation) => !(rule.fields ?? []).includes(relation))).toEqual([])
  })

  it("keeps products out of the category tree and other orders out of an order's customer", () => {
    const categories = DEFAULT_MEMBER_ROUTES.find((rule) => rule.path === "/admin/product-categories")!
    expect(categories.fields).not.toContain("products")
    const order = DEFAULT_MEMBER_ROUTES.find((rule) => rule.path === "/admin/orders/:id")!
    expect(order.fields).toContain("customer")
    expect(order.fields!.filter((field) => field.startsWith("customer."))).toEqual([])
  })
})
