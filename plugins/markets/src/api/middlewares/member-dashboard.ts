import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getMarketSnapshot } from "../../lib/market-cache"
import { getMarketContext, type MarketContext } from "../../lib/market-context"
import { marketOfOrder } from "../../lib/ownership"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

/** An id that matches nothing, so an empty scope never turns into "no filter". */
const NO_MATCH = "__no_market__"

const SALES_CHANNEL = /^\/admin\/sales-channels\/([^/]+)\/?$/
const SHIPPING_PROFILE = /^\/admin\/shipping-profiles\/([^/]+)\/?$/
const SHIPPING_OPTION = /^\/admin\/shipping-options\/([^/]+)\/?$/
const USER = /^\/admin\/users\/([^/]+)\/?$/
const LAYOUT = /^\/admin\/layouts\/[^/]+\/configuration\/?$/
const STORE = /^\/admin\/stores(?:\/[^/]+)?\/?$/

type Store = { default_sales_channel_id?: string | null; default_location_id?: string | null; default_sales_channel?: unknown }

function notFound(what: string, id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)
}

async function shippingProfilesOf(req: MedusaRequest, context: MarketContext): Promise<string[]> {
  const snapshot = await getMarketSnapshot(req.scope)
  return context.market_ids
    .map((id) => snapshot.byId.get(id)?.shipping_profile_id)
    .filter((id): id is string => !!id)
}

/**
 * Where the member's orders ship from: their market's own location and every location serving their
 * market's sales channel (demo markets ship with the platform's warehouse).
 */
async function shippingLocationsOf(req: MedusaRequest, context: MarketContext): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: context.sales_channel_ids.length ? context.sales_channel_ids : [NO_MATCH] },
  })
  const linked = (data as { stock_locations?: ({ id: string } | null)[] | null }[]).flatMap((channel) =>
    (channel.stock_locations ?? []).map((location) => location?.id).filter((id): id is string => !!id)
  )
  return [...new Set([...context.stock_location_ids, ...linked])]
}

/** The orders (if any) the given line items belong to. */
async function ordersOfLineItems(req: MedusaRequest, itemIds: string[]): Promise<Map<string, string>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_item", fields: ["order_id", "item_id"], filters: { item_id: itemIds } })
  return new Map((data as { order_id: string; item_id: string }[]).map((row) => [row.item_id, row.order_id]))
}

/** Keeps only the query parameters named: a member's filter can narrow what the route returns, not widen it. */
function keepOnly(query: Record<string, unknown>, keys: string[]): void {
  for (const key of Object.keys(query)) {
    if (!keys.includes(key)) {
      delete query[key]
    }
  }
}

async function assertOwnOrder(req: MedusaRequest, context: MarketContext, orderId: unknown): Promise<void> {
  if (typeof orderId !== "string" || !orderId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "order_id is required: market staff see this for one of their orders")
  }
  const market = await marketOfOrder(req.scope, orderId)
  if (!market || !context.market_ids.includes(market)) {
    throw notFound("Order", orderId)
  }
}

const ORDER_LISTS = /^\/admin\/(returns|claims|exchanges|iran-payments\/transactions)\/?$/

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : []).filter(
    (id): id is string => typeof id === "string" && !!id
  )

/**
 * The store as a member sees it: their market's sales channel and stock location are its defaults.
 * Medusa's product form preselects (and fetches) the store's default sales channel, which is the
 * marketplace's; a member may not read that channel, and their product goes to their market's anyway.
 */
function presentStoreForMember(res: MedusaResponse, context: MarketContext): void {
  const json = res.json.bind(res)
  const scope = (store: Store | undefined) => {
    if (store && typeof store === "object") {
      store.default_sales_channel_id = context.sales_channel_ids[0] ?? null
      store.default_location_id = context.stock_location_ids[0] ?? null
      // the marketplace channel's record (`fields=+default_sales_channel`) is not the member's to read
      delete store.default_sales_channel
    }
  }
  res.json = (body?: unknown) => {
    const answer = body as { store?: Store; stores?: Store[] } | undefined
    scope(answer?.store)
    answer?.stores?.forEach(scope)
    return json(body)
  }
}

/**
 * Scopes the routes the dashboard calls in the background for a market member (the rules are in
 * `lib/member-dashboard-routes.ts`; isolation already refused every route outside the allow-list):
 * - sales channels and shipping profiles: only the member's market's; another id is a 404;
 * - notifications: only those addressed to the member;
 * - table layouts: their own, never the system-wide default;
 * - the store: their market's channel and stock location as its defaults;
 * - returns, claims, exchanges, gateway transactions: only with the `order_id` of one of their orders;
 * - product options: the shared ones (a product's own options come with the product);
 * - shipping options: those at the locations their orders ship from (the fulfilment form); asked for
 *   at their own stock location, every carrier serving their channel (their stock ships with them);
 * - a user: themselves or a fellow member of their market (an order's activity names them); only
 *   themselves to change (the profile form);
 * - reservations: only of their own orders' line items or their own inventory items.
 * Runs after `adminMarketIsolation`, which resolved the member's market context.
 */
export async function memberDashboard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const context = getMarketContext(req)
  if (!context || context.is_platform_admin) {
    return next()
  }
  const path = req.originalUrl.split("?")[0]
  const query = req.query as Record<string, unknown>
  if (req.method === "GET" && /^\/admin\/sales-channels\/?$/.test(path)) {
    query.id = context.sales_channel_ids.length ? context.sales_channel_ids : [NO_MATCH]
  } else if (req.method === "GET" && SALES_CHANNEL.test(path)) {
    const id = decodeURIComponent(SALES_CHANNEL.exec(path)![1])
    if (!context.sales_channel_ids.includes(id)) {
      throw notFound("Sales channel", id)
    }
  } else if (req.method === "GET" && /^\/admin\/shipping-profiles\/?$/.test(path)) {
    const profiles = await shippingProfilesOf(req, context)
    query.id = profiles.length ? profiles : [NO_MATCH]
  } else if (req.method === "GET" && SHIPPING_PROFILE.test(path)) {
    const id = decodeURIComponent(SHIPPING_PROFILE.exec(path)![1])
    if (!(await shippingProfilesOf(req, context)).includes(id)) {
      throw notFound("Shipping profile", id)
    }
  } else if (req.method === "GET" && /^\/admin\/shipping-options\/?$/.test(path)) {
    const locations = await shippingLocationsOf(req, context)
    const asked = asList(query.stock_location_id).filter((id) => locations.includes(id))
    // the fulfilment form asks for the options at the location chosen: a market's own stock ships with
    // the carriers that serve its channel (the demo's are the platform warehouse's post and courier)
    const ownStock = asked.some((id) => context.stock_location_ids.includes(id))
    query.stock_location_id = asked.length && !ownStock ? asked : locations.length ? locations : [NO_MATCH]
  } else if (req.method === "GET" && SHIPPING_OPTION.test(path)) {
    const id = decodeURIComponent(SHIPPING_OPTION.exec(path)![1])
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "shipping_option",
      fields: ["id", "service_zone.fulfillment_set.location.id"],
      filters: { id },
    })
    const location = (data[0] as { service_zone?: { fulfillment_set?: { location?: { id?: string } } } } | undefined)?.service_zone
      ?.fulfillment_set?.location?.id
    if (!location || !(await shippingLocationsOf(req, context)).includes(location)) {
      throw notFound("Shipping option", id)
    }
  } else if (req.method === "GET" && /^\/admin\/reservations\/?$/.test(path)) {
    const inventoryItems = asList(query.inventory_item_id)
    const itemIds = asList(query.line_item_id)
    if (!itemIds.length && !inventoryItems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "line_item_id or inventory_item_id is required: market staff see the reservations of their orders and stock"
      )
    }
    // inventory_item_id is checked by isolation (the rule's `query`); line items here
    const orderOf = await ordersOfLineItems(req, itemIds)
    for (const itemId of itemIds) {
      const orderId = orderOf.get(itemId)
      const market = orderId ? await marketOfOrder(req.scope, orderId) : undefined
      if (!market || !context.market_ids.includes(market)) {
        throw notFound("Line item", itemId)
      }
    }
    keepOnly(query, ["line_item_id", "inventory_item_id", "limit", "offset", "fields", "order"])
  } else if (req.method === "GET" && USER.test(path) && !/^\/admin\/users\/me\/?$/.test(path)) {
    // an order's activity names who fulfilled or shipped it: the member or a fellow member of their market
    const id = decodeURIComponent(USER.exec(path)![1])
    const fellows = await req.scope
      .resolve<MarketModuleService>(MARKET_MODULE)
      .listMarketMembers({ market_id: context.market_ids, user_id: id }, { select: ["id", "revoked_at"] })
    if (id !== context.user_id && !fellows.length) {
      throw notFound("User", id)
    }
    keepOnly(query, ["fields"])
  } else if (req.method === "POST" && USER.test(path) && !/^\/admin\/users\/me\/?$/.test(path)) {
    // the profile form saves the member's own name; nobody else's
    const id = decodeURIComponent(USER.exec(path)![1])
    if (id !== context.user_id) {
      throw notFound("User", id)
    }
  } else if (req.method === "GET" && /^\/admin\/notifications\/?$/.test(path)) {
    query.to = context.user_id
  } else if (LAYOUT.test(path) && req.method !== "GET") {
    if ((req.body as { is_default?: unknown } | undefined)?.is_default) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Market staff cannot change the default layout")
    }
  } else if (req.method === "GET" && STORE.test(path)) {
    presentStoreForMember(res, context)
  } else if (req.method === "GET" && ORDER_LISTS.test(path)) {
    await assertOwnOrder(req, context, query.order_id)
    keepOnly(query, ["order_id", "status", "fields", "limit", "offset", "order"])
  } else if (req.method === "GET" && /^\/admin\/product-options\/?$/.test(path)) {
    // shared options only: a product's own (exclusive) options belong to its market
    query.is_exclusive = "false"
  }
  return next()
}
