import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { compileRules, DEFAULT_MEMBER_ROUTES, matchRule, type CompiledRule, type ListScope } from "../../lib/admin-allow-list"
import { getMarketSnapshot } from "../../lib/market-cache"
import { setMarketContext, type MarketContext, type MemberRole } from "../../lib/market-context"
import { readPluginOptions } from "../../lib/options"
import { ownsResource } from "../../lib/ownership"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

type AuthedRequest = MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }

/** An id that matches nothing, so an empty scope never turns into "no filter". */
const NO_MATCH = "__no_market__"

let compiled: CompiledRule[] | undefined

function rules(req: MedusaRequest): CompiledRule[] {
  compiled ??= compileRules([...DEFAULT_MEMBER_ROUTES, ...(readPluginOptions(req.scope).memberRoutes ?? [])])
  return compiled
}

async function resolveContext(req: MedusaRequest, userId: string): Promise<MarketContext> {
  const service = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const memberships = await service.listMarketMembers(
    { user_id: userId },
    { select: ["id", "market_id", "role", "revoked_at", "is_current"] }
  )
  if (!memberships.length) {
    return { user_id: userId, is_platform_admin: true, memberships: [], market_ids: [], sales_channel_ids: [], stock_location_ids: [] }
  }
  const snapshot = await getMarketSnapshot(req.scope)
  const active = memberships
    .filter((membership) => !membership.revoked_at)
    .map((membership) => ({
      market_id: (membership as { market_id: string }).market_id,
      role: membership.role as MemberRole,
      is_current: membership.is_current,
      market: snapshot.byId.get((membership as { market_id: string }).market_id),
    }))
    .filter((membership) => membership.market && membership.market.status !== "closed")

  // The x-market-id header (one request) wins over the member's saved choice (the switcher).
  const header = req.get("x-market-id")
  const requested = header ?? active.find((membership) => membership.is_current)?.market_id
  if (requested && !active.some((membership) => membership.market_id === requested)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Market with id: ${requested} was not found`)
  }
  const inScope = requested ? active.filter((membership) => membership.market_id === requested) : active
  return {
    user_id: userId,
    is_platform_admin: false,
    memberships: active.map(({ market_id, role }) => ({ market_id, role })),
    market_ids: inScope.map((membership) => membership.market_id),
    current_market_id: inScope[0]?.market_id,
    sales_channel_ids: inScope.map((m) => m.market!.sales_channel_id).filter((id): id is string => !!id),
    stock_location_ids: inScope.map((m) => m.market!.stock_location_id).filter((id): id is string => !!id),
  }
}

function orNone(ids: string[]): string[] {
  return ids.length ? ids : [NO_MATCH]
}

/** Narrows a core list route to the member's markets by overriding its filter query parameters. */
function scopeList(req: MedusaRequest, list: ListScope, context: MarketContext): void {
  const query = req.query as Record<string, unknown>
  switch (list) {
    case "products":
    case "orders":
      query.sales_channel_id = orNone(context.sales_channel_ids)
      return
    case "inventory_items":
      query.location_levels = { location_id: orNone(context.stock_location_ids) }
      return
    case "stock_locations":
      query.id = orNone(context.stock_location_ids)
      return
  }
}

/**
 * A member's product always lives in their market: created into its sales channel (and the
 * marketplace channel while the market is active) and shipping
 * profile and linked to it (through `additional_data.market_id`, read by our products-created hook),
 * and never moved to another channel or profile by an update.
 */
async function scopeProductWrite(req: MedusaRequest, context: MarketContext, path: string): Promise<void> {
  const body = (req.body ?? {}) as Record<string, unknown>
  if (path === "/admin/products" || path === "/admin/products/") {
    const snapshot = await getMarketSnapshot(req.scope)
    const market = context.current_market_id ? snapshot.byId.get(context.current_market_id) : undefined
    if (!market?.sales_channel_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Choose a market (x-market-id) to create products in")
    }
    const channels = [{ id: market.sales_channel_id }]
    body.sales_channels = channels
    if (market.status === "active" && snapshot.marketplaceSalesChannelId) {
      channels.push({ id: snapshot.marketplaceSalesChannelId })
    }
    if (market.shipping_profile_id) {
      body.shipping_profile_id = market.shipping_profile_id
    }
    const additional = (body.additional_data ?? {}) as Record<string, unknown>
    body.additional_data = { ...additional, market_id: market.id }
  } else {
    delete body.sales_channels
    delete body.shipping_profile_id
  }
  req.body = body
}

/**
 * Deny-by-default isolation for every admin route, Medusa's own included. Platform admins (users with
 * no market membership) and non-user actors (secret API keys) pass untouched after one indexed read.
 */
export async function adminMarketIsolation(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const auth = (req as AuthedRequest).auth_context
  if (!auth || auth.actor_type !== "user" || !auth.actor_id) {
    return next()
  }
  const context = await resolveContext(req, auth.actor_id)
  setMarketContext(req, context)
  if (context.is_platform_admin) {
    return next()
  }
  const path = req.originalUrl.split("?")[0]
  const hit = matchRule(rules(req), req.method, path)
  if (!hit) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Market staff cannot use this admin route")
  }
  const { rule, params } = hit
  if (rule.roles) {
    const roles = context.memberships.filter((m) => context.market_ids.includes(m.market_id)).map((m) => m.role)
    if (!roles.some((role) => rule.roles!.includes(role))) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your market role cannot use this admin route")
    }
  }
  if (req.method !== "GET" && context.current_market_id) {
    const snapshot = await getMarketSnapshot(req.scope)
    if (snapshot.byId.get(context.current_market_id)?.status === "suspended") {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your market is suspended: its staff can read but not change anything")
    }
  }
  for (const [name, resource] of Object.entries(rule.params ?? {})) {
    if (!(await ownsResource(req.scope, context, resource, params[name]))) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${resource.replace("_", " ")} with id: ${params[name]} was not found`)
    }
  }
  if (rule.list && req.method === "GET") {
    scopeList(req, rule.list, context)
  }
  if (req.method === "POST" && rule.path.startsWith("/admin/products") && (rule.path === "/admin/products" || rule.path === "/admin/products/:id")) {
    await scopeProductWrite(req, context, path)
  }
  if (req.method === "POST" && rule.path === "/admin/inventory-items/:id/location-levels") {
    const locationId = (req.body as { location_id?: string } | undefined)?.location_id
    if (locationId && !context.stock_location_ids.includes(locationId)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `stock location with id: ${locationId} was not found`)
    }
  }
  return next()
}
