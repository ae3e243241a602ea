import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  compileRules,
  DEFAULT_MEMBER_ROUTES,
  matchRule,
  UNSCOPED,
  type CompiledRule,
  type ListScope,
} from "../../lib/admin-allow-list"
import { firstForbiddenField } from "../../lib/field-guard"
import { getMarketSnapshot } from "../../lib/market-cache"
import { setMarketContext, type MarketContext } from "../../lib/market-context"
import { readPluginOptions } from "../../lib/options"
import { idsAtPath } from "../../lib/request-ids"
import { resolveMarketContext } from "../../lib/resolve-market-context"
import { foreignIds, registerResolvers } from "../../lib/resource-resolvers"

type AuthedRequest = MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }

/** An id that matches nothing, so an empty scope never turns into "no filter". */
const NO_MATCH = "__no_market__"

let compiled: CompiledRule[] | undefined

function rules(req: MedusaRequest): CompiledRule[] {
  if (!compiled) {
    const options = readPluginOptions(req.scope)
    registerResolvers(options.memberResolvers ?? {})
    compiled = compileRules([...DEFAULT_MEMBER_ROUTES, ...(options.memberRoutes ?? [])])
  }
  return compiled
}

function asIds(value: unknown): string[] {
  if (typeof value === "string") {
    return value.split(",").filter(Boolean)
  }
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []
}

/**
 * Every id the request names — path params, ids in the body and the query — resolved to its market
 * before the route runs. One foreign id is a 404 and the route never runs, so nothing is written.
 */
async function assertOwnsEveryId(
  req: MedusaRequest,
  rule: CompiledRule,
  params: Record<string, string>,
  context: MarketContext
): Promise<void> {
  const byResource = new Map<string, string[]>()
  const add = (resource: string, ids: string[]) => {
    if (resource !== UNSCOPED && ids.length) {
      byResource.set(resource, [...(byResource.get(resource) ?? []), ...ids])
    }
  }
  for (const [name, resource] of Object.entries(rule.params ?? {})) {
    add(resource, [params[name]])
  }
  for (const [path, resource] of Object.entries(rule.body ?? {})) {
    add(resource, idsAtPath(req.body, path))
  }
  for (const [name, resource] of Object.entries(rule.query ?? {})) {
    add(resource, asIds((req.query as Record<string, unknown>)[name]))
  }
  for (const [resource, ids] of byResource) {
    const [foreign] = await foreignIds(req.scope, resource, ids, context.market_ids)
    if (foreign) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${resource.replace(/_/g, " ")} with id: ${foreign} was not found`)
    }
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
 * Deny-by-default isolation for every admin route, Medusa's own included. Platform admins (a
 * `platform_admin` row) and non-user actors (secret API keys) pass untouched after one indexed read.
 */
export async function adminMarketIsolation(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const auth = (req as AuthedRequest).auth_context
  if (!auth || auth.actor_type !== "user" || !auth.actor_id) {
    return next()
  }
  const context = await resolveMarketContext(req, auth.actor_id)
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
  if (rule.unmapped.length) {
    // a rule that names a path param without saying what it is cannot be checked: fail closed
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Market staff cannot use this admin route")
  }
  if (rule.roles) {
    const roles = context.memberships.filter((m) => context.market_ids.includes(m.market_id)).map((m) => m.role)
    if (!roles.some((role) => rule.roles!.includes(role))) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your market role cannot use this admin route")
    }
  }
  const forbidden = firstForbiddenField(req.query as Record<string, unknown>, rule.fields)
  if (forbidden) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Market staff cannot expand the field "${forbidden}" on this route`)
  }
  if (req.method !== "GET" && context.current_market_id) {
    const snapshot = await getMarketSnapshot(req.scope)
    if (snapshot.byId.get(context.current_market_id)?.status === "suspended") {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your market is suspended: its staff can read but not change anything")
    }
  }
  await assertOwnsEveryId(req, rule, params, context)
  if (rule.list && req.method === "GET") {
    scopeList(req, rule.list, context)
  }
  if (req.method === "POST" && rule.path.startsWith("/admin/products") && (rule.path === "/admin/products" || rule.path === "/admin/products/:id")) {
    await scopeProductWrite(req, context, path)
  }
  return next()
}
