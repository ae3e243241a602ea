import { MEMBER_DASHBOARD_ROUTES } from "./member-dashboard-routes"
import type { MemberRole } from "./market-context"

export type HttpMethod = "GET" | "POST" | "DELETE"

/**
 * A key of the resolver table (`RESOURCE_RESOLVERS`: "product", "variant", "order", …), or "unscoped" for a
 * parameter that names no market's data (a region id, a currency code). "unscoped" is said, never implied.
 */
export type ResourceRef = string

export const UNSCOPED = "unscoped"

/** A list route whose results are narrowed to the member's markets by rewriting its query. */
export type ListScope = "products" | "orders" | "inventory_items" | "stock_locations"

/**
 * One admin route a market member may call. `path` is Express-like: `:param` names one segment. There
 * is no wildcard: every id a request can name must be named here, so it can be checked.
 */
export type MemberRouteRule = {
  methods: readonly HttpMethod[]
  path: string
  /** Every `:param` of `path`, with the resource it names. A param missing here fails closed (403). */
  params?: Record<string, ResourceRef>
  /**
   * Ids inside the JSON body, by path: `location_id`, `delete[]` (each string of an array),
   * `update[].id`, `create[].inventory_items[].inventory_item_id`. Each id found must be the member's.
   */
  body?: Record<string, ResourceRef>
  /** Ids in the query string, by name (a single value or a repeated one). */
  query?: Record<string, ResourceRef>
  list?: ListScope
  /**
   * Relations a member may name in `fields` (or `expand`), as exact paths: `variants` allows
   * `*variants` and `variants.title`, not `variants.product`. Omitted: no relation at all.
   */
  fields?: readonly string[]
  /** Roles allowed; all roles when omitted. */
  roles?: readonly MemberRole[]
}

const READ: HttpMethod[] = ["GET"]
const WRITE: HttpMethod[] = ["POST"]
const READ_WRITE: HttpMethod[] = ["GET", "POST"]
const ALL: HttpMethod[] = ["GET", "POST", "DELETE"]

/** What the dashboard's product screens expand; every path stays inside the product's own data. */
const PRODUCT_FIELDS = [
  "type",
  "collection",
  "categories",
  "tags",
  "images",
  "images.variants",
  "options",
  "options.values",
  "product_options",
  "variants",
  "variants.prices",
  "variants.prices.price_rules",
  "variants.options",
  "variants.options.option",
  "variants.images",
  "variants.inventory_items",
  "variants.inventory_items.inventory",
  "variants.inventory_items.inventory.location_levels",
  "variants.inventory",
  "variants.inventory.location_levels",
  "sales_channels",
  "shipping_profile",
]

const VARIANT_FIELDS = [
  "product",
  "product.images",
  "prices",
  "prices.price_rules",
  "options",
  "options.option",
  "images",
  "images.variants",
  "inventory_items",
  "inventory_items.inventory",
  "inventory_items.inventory.location_levels",
  "inventory",
  "inventory.location_levels",
]

/** The dashboard's order page; the customer is the buyer's own record, never their other orders. */
const ORDER_FIELDS = [
  "summary",
  // the order page reads the pending edit of the order (its own order change)
  "order_change",
  "customer",
  "items",
  "items.tax_lines",
  "items.adjustments",
  "items.detail",
  "items.variant",
  "items.variant.product",
  "items.variant.product.shipping_profile",
  "items.variant.options",
  "items.variant.inventory",
  "items.variant.inventory.location_levels",
  "items.variant.inventory_items",
  "items.variant.inventory_items.inventory",
  "shipping_address",
  "billing_address",
  "sales_channel",
  "region",
  "promotions",
  "shipping_methods",
  "shipping_methods.tax_lines",
  "shipping_methods.adjustments",
  "credit_lines",
  "fulfillments",
  "fulfillments.items",
  "fulfillments.labels",
  "fulfillments.shipping_option",
  "fulfillments.shipping_option.service_zone",
  "fulfillments.shipping_option.service_zone.fulfillment_set",
  // a property (the set's type), but `type` is a relation name elsewhere (product.type)
  "fulfillments.shipping_option.service_zone.fulfillment_set.type",
  "payment_collections",
  "payment_collections.payment_sessions",
  "payment_collections.payments",
  "payment_collections.payments.refunds",
  "payment_collections.payments.refunds.refund_reason",
  "payment_collections.payments.captures",
]

const INVENTORY_FIELDS = ["location_levels", "variants", "variants.product", "variants.options"]

const STOCK_LOCATION_FIELDS = [
  "address",
  "sales_channels",
  "fulfillment_providers",
  "fulfillment_sets",
  "fulfillment_sets.service_zones",
  "fulfillment_sets.service_zones.geo_zones",
  "fulfillment_sets.service_zones.shipping_options",
  "fulfillment_sets.service_zones.shipping_options.shipping_profile",
]

/** Medusa core admin routes and our own that market members may call, each scoped to their markets. */
export const DEFAULT_MEMBER_ROUTES: MemberRouteRule[] = [
  // who am I, and reference data the dashboard needs to render product and order forms
  { methods: ALL, path: "/admin/users/me" },
  // default_sales_channel: the product form asks for it; member-dashboard answers with the member's channel
  { methods: READ, path: "/admin/stores", fields: ["supported_currencies", "supported_currencies.currency", "default_sales_channel"] },
  { methods: READ, path: "/admin/stores/:id", params: { id: UNSCOPED }, fields: ["supported_currencies", "supported_currencies.currency", "default_sales_channel"] },
  { methods: READ, path: "/admin/regions", fields: ["countries", "payment_providers"] },
  { methods: READ, path: "/admin/regions/:id", params: { id: UNSCOPED }, fields: ["countries", "payment_providers"] },
  { methods: READ, path: "/admin/currencies" },
  { methods: READ, path: "/admin/price-preferences" },
  { methods: READ, path: "/admin/feature-flags" },
  // categories are platform-wide: a member sees the tree, never the products in it
  { methods: READ, path: "/admin/product-categories", fields: ["parent_category", "category_children"] },
  { methods: READ, path: "/admin/product-types" },
  { methods: READ, path: "/admin/product-tags" },
  { methods: READ, path: "/admin/collections" },
  { methods: WRITE, path: "/admin/uploads" },
  // products, their variants, options, images, prices and inventory links
  {
    methods: READ_WRITE,
    path: "/admin/products",
    list: "products",
    body: {
      "options[].id": "linkable_product_option",
      "options[].value_ids[]": "linkable_product_option_value",
      "variants[].inventory_items[].inventory_item_id": "inventory_item",
    },
    fields: PRODUCT_FIELDS,
  },
  {
    methods: ALL,
    path: "/admin/products/:id",
    params: { id: "product" },
    body: {
      "variants[].id": "variant",
      "variants[].prices[].id": "price",
      "variants[].inventory_items[].inventory_item_id": "inventory_item",
      option_ids: "linkable_product_option",
      "options[].id": "linkable_product_option",
      "options[].value_ids[]": "linkable_product_option_value",
    },
    fields: PRODUCT_FIELDS,
  },
  {
    methods: READ_WRITE,
    path: "/admin/products/:id/variants",
    params: { id: "product" },
    body: { "inventory_items[].inventory_item_id": "inventory_item" },
    fields: VARIANT_FIELDS,
  },
  {
    methods: WRITE,
    path: "/admin/products/:id/variants/batch",
    params: { id: "product" },
    body: {
      "create[].inventory_items[].inventory_item_id": "inventory_item",
      "update[].id": "variant",
      "update[].prices[].id": "price",
      "delete[]": "variant",
    },
    fields: VARIANT_FIELDS,
  },
  {
    methods: WRITE,
    path: "/admin/products/:id/variants/inventory-items/batch",
    params: { id: "product" },
    body: {
      "create[].variant_id": "variant",
      "create[].inventory_item_id": "inventory_item",
      "update[].variant_id": "variant",
      "update[].inventory_item_id": "inventory_item",
      "delete[].variant_id": "variant",
      "delete[].inventory_item_id": "inventory_item",
    },
  },
  {
    methods: ALL,
    path: "/admin/products/:id/variants/:variant_id",
    params: { id: "product", variant_id: "variant" },
    body: { "prices[].id": "price" },
    fields: VARIANT_FIELDS,
  },
  {
    methods: WRITE,
    path: "/admin/products/:id/variants/:variant_id/inventory-items",
    params: { id: "product", variant_id: "variant" },
    body: { inventory_item_id: "inventory_item" },
    fields: VARIANT_FIELDS,
  },
  {
    methods: ["POST", "DELETE"],
    path: "/admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id",
    params: { id: "product", variant_id: "variant", inventory_item_id: "inventory_item" },
    fields: VARIANT_FIELDS,
  },
  {
    methods: WRITE,
    path: "/admin/products/:id/variants/:variant_id/images/batch",
    params: { id: "product", variant_id: "variant" },
    body: { "add[]": "product_image", "remove[]": "product_image" },
  },
  {
    methods: WRITE,
    path: "/admin/products/:id/images/:image_id/variants/batch",
    params: { id: "product", image_id: "product_image" },
    body: { "add[]": "variant", "remove[]": "variant" },
  },
  { methods: READ, path: "/admin/products/:id/options", params: { id: "product" } },
  {
    methods: WRITE,
    path: "/admin/products/:id/options/batch",
    params: { id: "product" },
    body: {
      // linking or unlinking an option changes only the member's product; changing its values does not
      "add[]": "linkable_product_option",
      "add[].id": "linkable_product_option",
      "add[].value_ids[]": "linkable_product_option_value",
      "remove[]": "linkable_product_option",
      "update[].product_option_id": "product_option",
      "update[].add[]": "product_option_value",
      "update[].remove[]": "product_option_value",
    },
    fields: PRODUCT_FIELDS,
  },
  // inventory at the market's own stock locations
  { methods: READ, path: "/admin/inventory-items", list: "inventory_items", fields: INVENTORY_FIELDS },
  {
    methods: READ_WRITE,
    path: "/admin/inventory-items/:id",
    params: { id: "inventory_item" },
    fields: INVENTORY_FIELDS,
  },
  {
    methods: READ_WRITE,
    path: "/admin/inventory-items/:id/location-levels",
    params: { id: "inventory_item" },
    body: { location_id: "stock_location" },
    query: { location_id: "stock_location" },
    // the dashboard names each level's location; a level of the member's item is at their location
    fields: ["stock_locations"],
  },
  {
    methods: WRITE,
    path: "/admin/inventory-items/:id/location-levels/batch",
    params: { id: "inventory_item" },
    body: { "create[].location_id": "stock_location", "update[].location_id": "stock_location", "delete[]": "stock_location" },
  },
  {
    methods: ["POST", "DELETE"],
    path: "/admin/inventory-items/:id/location-levels/:location_id",
    params: { id: "inventory_item", location_id: "stock_location" },
    fields: INVENTORY_FIELDS,
  },
  {
    methods: WRITE,
    path: "/admin/inventory-items/location-levels/batch",
    body: {
      "create[].inventory_item_id": "inventory_item",
      "create[].location_id": "stock_location",
      "update[].inventory_item_id": "inventory_item",
      "update[].location_id": "stock_location",
      "delete[]": "inventory_level",
    },
  },
  { methods: READ, path: "/admin/stock-locations", list: "stock_locations", fields: STOCK_LOCATION_FIELDS },
  // reading also covers a location that serves the member's channel (where their orders ship from)
  { methods: READ, path: "/admin/stock-locations/:id", params: { id: "serving_stock_location" }, fields: STOCK_LOCATION_FIELDS },
  { methods: WRITE, path: "/admin/stock-locations/:id", params: { id: "stock_location" }, fields: STOCK_LOCATION_FIELDS },
  // orders and their fulfillments, shipments, completion
  { methods: READ, path: "/admin/orders", list: "orders", fields: ORDER_FIELDS },
  { methods: READ_WRITE, path: "/admin/orders/:id", params: { id: "order" }, fields: ORDER_FIELDS },
  { methods: READ, path: "/admin/orders/:id/changes", params: { id: "order" } },
  { methods: READ, path: "/admin/orders/:id/line-items", params: { id: "order" }, fields: ["item", "item.variant", "item.variant.product"] },
  { methods: READ, path: "/admin/orders/:id/preview", params: { id: "order" }, fields: ORDER_FIELDS },
  { methods: READ, path: "/admin/orders/:id/shipping-options", params: { id: "order" } },
  { methods: READ, path: "/admin/orders/:id/market", params: { id: "order" } },
  { methods: WRITE, path: "/admin/orders/:id/complete", params: { id: "order" }, fields: ORDER_FIELDS },
  { methods: WRITE, path: "/admin/orders/:id/cancel", params: { id: "order" }, fields: ORDER_FIELDS },
  { methods: WRITE, path: "/admin/orders/:id/archive", params: { id: "order" }, fields: ORDER_FIELDS },
  {
    // line items are checked against the path's order by Medusa's fulfillment workflow itself
    methods: WRITE,
    path: "/admin/orders/:id/fulfillments",
    params: { id: "order" },
    body: { location_id: "stock_location" },
    fields: ORDER_FIELDS,
  },
  {
    methods: WRITE,
    path: "/admin/orders/:id/fulfillments/:fulfillment_id/cancel",
    params: { id: "order", fulfillment_id: "fulfillment" },
    fields: ORDER_FIELDS,
  },
  {
    methods: WRITE,
    path: "/admin/orders/:id/fulfillments/:fulfillment_id/shipments",
    params: { id: "order", fulfillment_id: "fulfillment" },
    fields: ORDER_FIELDS,
  },
  {
    methods: WRITE,
    path: "/admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered",
    params: { id: "order", fulfillment_id: "fulfillment" },
    fields: ORDER_FIELDS,
  },
  // the market itself: settings and members (these routes check roles themselves)
  { methods: READ, path: "/admin/products/:id/market", params: { id: "product" } },
  { methods: READ, path: "/admin/markets" },
  { methods: READ_WRITE, path: "/admin/markets/me" },
  { methods: READ_WRITE, path: "/admin/markets/:id", params: { id: "market" } },
  { methods: READ_WRITE, path: "/admin/markets/:id/members", params: { id: "market" } },
  {
    methods: ["DELETE"],
    path: "/admin/markets/:id/members/:member_id",
    params: { id: "market", member_id: "market_member" },
  },
  { methods: READ_WRITE, path: "/admin/markets/:id/invitations", params: { id: "market" } },
  {
    methods: ["DELETE"],
    path: "/admin/markets/:id/invitations/:invitation_id",
    params: { id: "market", invitation_id: "market_invitation" },
  },
  ...MEMBER_DASHBOARD_ROUTES,
]

export type CompiledRule = MemberRouteRule & {
  regex: RegExp
  names: string[]
  /** Path params the rule does not map: the rule matches, but the request is refused (fail closed). */
  unmapped: string[]
}

export function compileRules(rules: readonly MemberRouteRule[]): CompiledRule[] {
  return rules.map((rule) => {
    if (rule.path.includes("*")) {
      throw new Error(`Member route ${rule.path}: wildcards are not allowed, name each route and its params`)
    }
    const names: string[] = []
    const pattern = rule.path.replace(/:([a-z_]+)/g, (_, name: string) => {
      names.push(name)
      return "([^/]+)"
    })
    const unmapped = names.filter((name) => !rule.params?.[name])
    return { ...rule, regex: new RegExp(`^${pattern}/?$`), names, unmapped }
  })
}

/**
 * The first rule matching a request, with its parameters. Static paths win over parameterised ones
 * (`/admin/markets/me` before `/admin/markets/:id`, `variants/batch` before `variants/:variant_id`):
 * static rules are tried first, then the rest in the order written.
 */
export function matchRule(
  rules: CompiledRule[],
  method: string,
  path: string
): { rule: CompiledRule; params: Record<string, string> } | undefined {
  const ordered = [...rules.filter((rule) => !rule.names.length), ...rules.filter((rule) => rule.names.length)]
  let best: { rule: CompiledRule; params: Record<string, string> } | undefined
  for (const rule of ordered) {
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
    // Fewer params = more literal segments = the more specific route (`variants/batch` over `variants/:variant_id`).
    if (!best || rule.names.length < best.rule.names.length) {
      best = { rule, params }
    }
  }
  return best
}
