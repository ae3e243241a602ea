export type HttpMethod = "GET" | "POST" | "DELETE"

/** Which market-owned resource a route parameter names; an id outside the member's markets is a 404. */
export type ScopedResource = "product" | "order" | "inventory_item" | "stock_location" | "market"

/** A list route whose results are narrowed to the member's markets by rewriting its query. */
export type ListScope = "products" | "orders" | "inventory_items" | "stock_locations"

/**
 * One admin route a market member may call. `path` is Express-like: `:param` names one segment and a
 * trailing `/*` matches anything below. A route with no `params` and no `list` is unscoped: reference
 * data (regions, currencies) or a route that scopes itself with `getMarketContext(req)`.
 */
export type MemberRouteRule = {
  methods: HttpMethod[]
  path: string
  params?: Record<string, ScopedResource>
  list?: ListScope
  /** Roles allowed; all roles when omitted. */
  roles?: ("owner" | "manager" | "staff")[]
}

const READ: HttpMethod[] = ["GET"]
const ALL: HttpMethod[] = ["GET", "POST", "DELETE"]

/** Medusa core admin routes and our own that market members may call, each scoped to their markets. */
export const DEFAULT_MEMBER_ROUTES: MemberRouteRule[] = [
  // who am I, and reference data the dashboard needs to render product and order forms
  { methods: ALL, path: "/admin/users/me" },
  { methods: READ, path: "/admin/stores" },
  { methods: READ, path: "/admin/stores/:id" },
  { methods: READ, path: "/admin/regions" },
  { methods: READ, path: "/admin/regions/:id" },
  { methods: READ, path: "/admin/currencies" },
  { methods: READ, path: "/admin/price-preferences" },
  { methods: READ, path: "/admin/feature-flags" },
  { methods: READ, path: "/admin/product-categories" },
  { methods: READ, path: "/admin/product-types" },
  { methods: READ, path: "/admin/product-tags" },
  { methods: READ, path: "/admin/collections" },
  { methods: ["POST"], path: "/admin/uploads" },
  // products, their variants, options and prices
  { methods: ["GET", "POST"], path: "/admin/products", list: "products" },
  { methods: ALL, path: "/admin/products/:id", params: { id: "product" } },
  { methods: ALL, path: "/admin/products/:id/*", params: { id: "product" } },
  // inventory at the market's own stock locations
  { methods: READ, path: "/admin/inventory-items", list: "inventory_items" },
  { methods: ["GET", "POST"], path: "/admin/inventory-items/:id", params: { id: "inventory_item" } },
  { methods: ["GET", "POST"], path: "/admin/inventory-items/:id/location-levels", params: { id: "inventory_item" } },
  {
    methods: ALL,
    path: "/admin/inventory-items/:id/location-levels/:location_id",
    params: { id: "inventory_item", location_id: "stock_location" },
  },
  { methods: READ, path: "/admin/stock-locations", list: "stock_locations" },
  { methods: ["GET", "POST"], path: "/admin/stock-locations/:id", params: { id: "stock_location" } },
  // orders and their fulfillments, shipments, completion
  { methods: READ, path: "/admin/orders", list: "orders" },
  { methods: ["GET", "POST"], path: "/admin/orders/:id", params: { id: "order" } },
  { methods: ALL, path: "/admin/orders/:id/*", params: { id: "order" } },
  // the market itself: settings and members (these routes check roles themselves)
  { methods: READ, path: "/admin/markets" },
  { methods: ["GET", "POST"], path: "/admin/markets/me" },
  { methods: ["GET", "POST"], path: "/admin/markets/:id", params: { id: "market" } },
  { methods: ALL, path: "/admin/markets/:id/members", params: { id: "market" } },
  { methods: ALL, path: "/admin/markets/:id/members/*", params: { id: "market" } },
  { methods: ALL, path: "/admin/markets/:id/invitations", params: { id: "market" } },
]

export type CompiledRule = MemberRouteRule & { regex: RegExp; names: string[] }

export function compileRules(rules: MemberRouteRule[]): CompiledRule[] {
  return rules.map((rule) => {
    const names: string[] = []
    const pattern = rule.path
      .replace(/\/\*$/, "(?:/.*)?")
      .replace(/:([a-z_]+)/g, (_, name: string) => {
        names.push(name)
        return "([^/]+)"
      })
    return { ...rule, regex: new RegExp(`^${pattern}/?$`), names }
  })
}

/**
 * The first rule matching a request, with its parameters. Static paths win over parameterised ones
 * (`/admin/markets/me` before `/admin/markets/:id`) because rules are tried in order, as written.
 */
export function matchRule(
  rules: CompiledRule[],
  method: string,
  path: string
): { rule: CompiledRule; params: Record<string, string> } | undefined {
  for (const rule of rules) {
    if (!rule.methods.includes(method as HttpMethod)) {
      continue
    }
    const match = rule.regex.exec(path)
    if (!match) {
      continue
    }
    const params: Record<string, string> = {}
    rule.names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1])
    })
    return { rule, params }
  }
  return undefined
}
