import { compileRules, DEFAULT_MEMBER_ROUTES, matchRule } from "../admin-allow-list"

const rules = compileRules(DEFAULT_MEMBER_ROUTES)

describe("member admin allow-list", () => {
  it("matches a product route and names the product id to scope", () => {
    const hit = matchRule(rules, "POST", "/admin/products/prod_1/variants/variant_1")
    expect(hit?.rule.path).toBe("/admin/products/:id/*")
    expect(hit?.params).toEqual({ id: "prod_1" })
  })

  it("prefers /admin/markets/me over /admin/markets/:id", () => {
    expect(matchRule(rules, "GET", "/admin/markets/me")?.rule.path).toBe("/admin/markets/me")
  })

  it("denies what is not listed: other users, api keys, market status changes", () => {
    expect(matchRule(rules, "GET", "/admin/users")).toBeUndefined()
    expect(matchRule(rules, "GET", "/admin/users/user_2")).toBeUndefined()
    expect(matchRule(rules, "GET", "/admin/api-keys")).toBeUndefined()
    expect(matchRule(rules, "POST", "/admin/markets/mkt_1/suspend")).toBeUndefined()
    expect(matchRule(rules, "DELETE", "/admin/regions/reg_1")).toBeUndefined()
  })

  it("scopes both ids of an inventory level", () => {
    const hit = matchRule(rules, "POST", "/admin/inventory-items/iitem_1/location-levels/sloc_1")
    expect(hit?.params).toEqual({ id: "iitem_1", location_id: "sloc_1" })
    expect(hit?.rule.params).toEqual({ id: "inventory_item", location_id: "stock_location" })
  })
})
