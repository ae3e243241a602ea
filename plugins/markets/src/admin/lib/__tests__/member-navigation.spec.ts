import { isMemberPage, memberNavigationCss } from "../member-navigation"

describe("what market staff see of the admin", () => {
  it("keeps them on their orders, products, stock, market, wallet and profile", () => {
    for (const path of ["/orders", "/orders/order_1", "/products/prod_1/edit", "/inventory", "/markets/mkt_1", "/my-wallet", "/settings/profile"]) {
      expect({ path, allowed: isMemberPage(path, "") }).toEqual({ path, allowed: true })
    }
    for (const path of ["/promotions", "/customers", "/price-lists", "/settings/store", "/wallets", "/wallets/withdrawals", "/products/import", "/inventory/reservations", "/sms"]) {
      expect({ path, allowed: isMemberPage(path, "") }).toEqual({ path, allowed: false })
    }
    expect(isMemberPage("/app/orders", "/app")).toBe(true)
  })

  it("hides every other sidebar and settings link under the admin's base path, and keeps member pages", () => {
    const css = memberNavigationCss("/app")
    expect(css).toContain(':not([href="/app/orders"])')
    expect(css).toContain(':not([href="/app/settings/profile"])')
    expect(css).toContain('a[href^="/app/products/import"]')
    expect(css).toMatch(/\{ display: none !important; \}\n@media/)
  })
})
