import type { MemberRouteRule } from "./admin-allow-list"

/** A path param the rule's route (or the member-dashboard middleware) checks itself: see each comment. */
const SELF_CHECKED = "unscoped"

/**
 * What Medusa's dashboard and our own admin screens call while a market member works: the calls every
 * page makes in the background, and the Asoud screens of a member's day (the tier grid of their
 * product, the gateway payments of their order, their market's wallet). None of them reaches another
 * market: each is scoped by the rule (`params`, `query`), by `member-dashboard`
 * (`api/middlewares/member-dashboard.ts`) or by the route itself (the wallet routes read the market
 * context). `fields` lists the relations the dashboard's own requests name.
 */
export const MEMBER_DASHBOARD_ROUTES: MemberRouteRule[] = [
  // every page: plugin names (public in the bundle anyway), search indexes (names only), locales
  { methods: ["GET"], path: "/admin/plugins" },
  { methods: ["GET"], path: "/admin/search-indexes" },
  { methods: ["GET"], path: "/admin/locales" },
  // a user's own table layouts and saved views (the routes filter by the caller; the middleware keeps
  // members from writing the system-wide default); zones and entities are names, not market data
  { methods: ["GET"], path: "/admin/layouts/configurations" },
  { methods: ["GET", "POST", "DELETE"], path: "/admin/layouts/:zone/configuration", params: { zone: SELF_CHECKED } },
  { methods: ["GET"], path: "/admin/views/entities" },
  { methods: ["GET"], path: "/admin/views/:entity/columns", params: { entity: SELF_CHECKED } },
  { methods: ["GET"], path: "/admin/views/:entity/configurations", params: { entity: SELF_CHECKED } },
  { methods: ["GET"], path: "/admin/views/:entity/configurations/active", params: { entity: SELF_CHECKED } },
  // a user named on an order's activity: the member or a fellow member (the middleware checks)
  { methods: ["GET"], path: "/admin/users/:id", params: { id: SELF_CHECKED } },
  // their own profile (name, and the language the profile form saves beside it): never someone else's
  { methods: ["POST"], path: "/admin/users/:id", params: { id: SELF_CHECKED } },
  // the member's own notifications (the middleware narrows the list to them)
  { methods: ["GET"], path: "/admin/notifications" },
  // the market's sales channel only (the middleware narrows the list)
  { methods: ["GET"], path: "/admin/sales-channels" },
  { methods: ["GET"], path: "/admin/sales-channels/:id", params: { id: "sales_channel" } },
  // the market's shipping profile only (the product form's shipping profile picker)
  { methods: ["GET"], path: "/admin/shipping-profiles" },
  { methods: ["GET"], path: "/admin/shipping-profiles/:id", params: { id: "shipping_profile" } },
  // fulfilling an order: the shipping options at the locations the market ships from (the middleware
  // checks the option's location), and the reservations of the order's own line items or stock
  {
    methods: ["GET"],
    path: "/admin/shipping-options",
    fields: ["prices", "rules", "type", "provider", "shipping_profile", "service_zone", "service_zone.fulfillment_set", "service_zone.fulfillment_set.location", "service_zone.fulfillment_set.type"],
  },
  {
    methods: ["GET"],
    path: "/admin/shipping-options/:id",
    params: { id: SELF_CHECKED },
    fields: ["prices", "rules", "type", "provider", "shipping_profile", "service_zone", "service_zone.fulfillment_set", "service_zone.fulfillment_set.location", "service_zone.fulfillment_set.type"],
  },
  { methods: ["GET"], path: "/admin/reservations", query: { inventory_item_id: "inventory_item" } },
  // an order page: its returns, claims and exchanges (one of their orders, required by the middleware)
  { methods: ["GET"], path: "/admin/returns", query: { order_id: "order" }, fields: ["items", "items.reason"] },
  { methods: ["GET"], path: "/admin/claims", query: { order_id: "order" }, fields: ["additional_items"] },
  { methods: ["GET"], path: "/admin/exchanges", query: { order_id: "order" }, fields: ["additional_items"] },
  // the product form's option picker: shared options only (the middleware)
  { methods: ["GET"], path: "/admin/product-options", fields: ["values"] },
  // the tier grid of the member's own product
  { methods: ["GET", "POST"], path: "/admin/pricing-tiers/products/:id/prices", params: { id: "product" } },
  // gateway payments of the member's own order
  { methods: ["GET"], path: "/admin/iran-payments/transactions", query: { order_id: "order" } },
  // the market's wallet: balance, ledger, payouts (the wallet routes answer 404 unless the wallet is the
  // member's market's); only an owner asks for a payout
  { methods: ["GET"], path: "/admin/wallets/me" },
  { methods: ["GET"], path: "/admin/wallets/:id", params: { id: SELF_CHECKED } },
  { methods: ["GET"], path: "/admin/wallets/:id/entries", params: { id: SELF_CHECKED } },
  { methods: ["GET"], path: "/admin/wallets/:id/withdrawals", params: { id: SELF_CHECKED } },
  { methods: ["POST"], path: "/admin/wallets/:id/withdrawals", params: { id: SELF_CHECKED }, roles: ["owner"] },
]
