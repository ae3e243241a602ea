/**
 * The routes of this plugin market staff may call, for `@asoud/markets`' `memberRoutes` option:
 * the commissions and rules of their own markets' orders (the routes narrow lists themselves), an
 * order's attribution (the order must be theirs), and their market's promotion setting (owners and
 * managers change it). Everything else of this plugin stays platform-only (403).
 */
export const AFFILIATE_MEMBER_ROUTES = [
  { methods: ["GET"], path: "/admin/affiliate-commissions" },
  { methods: ["GET"], path: "/admin/affiliate-commission-rules" },
  { methods: ["GET"], path: "/admin/orders/:id/affiliate", params: { id: "order" } },
  { methods: ["GET"], path: "/admin/markets/:id/affiliate-settings", params: { id: "market" } },
  { methods: ["POST"], path: "/admin/markets/:id/affiliate-settings", params: { id: "market" }, roles: ["owner", "manager"] },
] as const
