import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import MarketProductLink from "../links/market-product"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"
import type { ResourceRef } from "./admin-allow-list"
import { getMarketSnapshot } from "./market-cache"

/** id -> the markets it belongs to (none: an unknown id, or data of no market — both are foreign). */
export type MarketsById = Map<string, string[]>

/**
 * How to find the market of a resource. Either a Query hop to a parent resource (`entity` filtered by
 * `key`, default `id`; each value of `field`, which may be dotted through a relation, is resolved as
 * `parent`), or a function.
 */
export type ResourceResolver =
  | { entity: string; key?: string; field: string; parent: ResourceRef }
  | {
      resolve: (container: MedusaContainer, ids: string[]) => Promise<MarketsById>
      /** "any": one of the id's markets being the member's is enough (shared data a member may read). */
      match?: "all" | "any"
    }

async function productMarkets(container: MedusaContainer, ids: string[]): Promise<MarketsById> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: MarketProductLink.entryPoint,
    fields: ["market_id", "product_id"],
    filters: { product_id: ids },
  })
  return group(data as { market_id: string; product_id: string }[], "product_id", "market_id")
}

async function orderMarkets(container: MedusaContainer, ids: string[]): Promise<MarketsById> {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const rows = await service.listMarketOrders({ order_id: ids }, { select: ["id", "order_id", "market_id"] })
  return group(rows as unknown as { order_id: string; market_id: string }[], "order_id", "market_id")
}

/** A market's own stock location and sales channel are fields of the market (read-only links). */
function byMarketField(field: "stock_location_id" | "sales_channel_id" | "shipping_profile_id") {
  return async (container: MedusaContainer, ids: string[]): Promise<MarketsById> => {
    const snapshot = await getMarketSnapshot(container)
    const result: MarketsById = new Map()
    for (const market of snapshot.byId.values()) {
      const id = market[field]
      if (id && ids.includes(id)) {
        result.set(id, [...(result.get(id) ?? []), market.id])
      }
    }
    return result
  }
}

/**
 * A stock location a member may read: their market's own, or one that serves their market's sales
 * channel (demo markets ship from the platform's warehouse, and the order page shows where a
 * fulfilment left from). Changing a shared location stays the platform's (`stock_location`).
 */
async function servingStockLocationMarkets(container: MedusaContainer, ids: string[]): Promise<MarketsById> {
  const own = await byMarketField("stock_location_id")(container, ids)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "sales_channels.id"], filters: { id: ids } })
  const rows = data as { id: string; sales_channels?: ({ id: string } | null)[] | null }[]
  const channelIds = rows.flatMap((row) => (row.sales_channels ?? []).map((channel) => channel?.id ?? ""))
  const channels = await byMarketField("sales_channel_id")(container, channelIds)
  const result: MarketsById = new Map()
  for (const row of rows) {
    const served = (row.sales_channels ?? []).flatMap((channel) => channels.get(channel?.id ?? "") ?? [])
    const markets = [...new Set([...(own.get(row.id) ?? []), ...served])]
    if (markets.length) result.set(row.id, markets)
  }
  return result
}

/** An inventory level is the member's when both its item and its location are. */
async function inventoryLevelMarkets(container: MedusaContainer, ids: string[]): Promise<MarketsById> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["id", "inventory_item_id", "location_id"],
    filters: { id: ids },
  })
  const rows = data as { id: string; inventory_item_id: string; location_id: string }[]
  const items = await resolveMarkets(container, "inventory_item", rows.map((row) => row.inventory_item_id))
  const locations = await resolveMarkets(container, "stock_location", rows.map((row) => row.location_id))
  return new Map(
    rows.map((row) => [
      row.id,
      // an empty side means "of no market", which must stay foreign, so it is marked as such
      [...orNone(items.get(row.inventory_item_id)), ...orNone(locations.get(row.location_id))],
    ])
  )
}

const NO_MARKET = "__no_market__"

/**
 * The "market" of shared platform data: a non-exclusive product option (Medusa 2.17+) that the platform
 * offers every product. A member may link it to their own product; changing it stays the platform's,
 * so only the `linkable_*` resources use this.
 */
export const SHARED_MARKET = "__shared__"

/**
 * A product's own (exclusive) option belongs to the market of its product. A shared one is the
 * platform's: `sharedAs` says what it counts as — no market's (to change it) or anyone's (to link it).
 */
function optionMarkets(sharedAs: string) {
  return async (container: MedusaContainer, ids: string[]): Promise<MarketsById> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_option", fields: ["id", "is_exclusive", "products.id"], filters: { id: ids } })
    const rows = data as { id: string; is_exclusive: boolean; products?: ({ id: string } | null)[] }[]
    const productIds = rows.flatMap((row) => (row.is_exclusive ? (row.products ?? []).map((product) => product?.id ?? "") : []))
    const products = await resolveMarkets(container, "product", productIds)
    return new Map(
      rows.map((row): [string, string[]] => {
        if (!row.is_exclusive) {
          return [row.id, [sharedAs]]
        }
        const owners = (row.products ?? []).flatMap((product) => orNone(products.get(product?.id ?? "")))
        return [row.id, owners.length ? owners : [NO_MARKET]]
      })
    )
  }
}

function orNone(markets: string[] | undefined): string[] {
  return markets?.length ? markets : [NO_MARKET]
}

/**
 * Resource -> how to find its market. Every `params`/`body`/`query` value of a member route rule is a
 * key of this table (the unit test checks it). Other code adds its resources with `memberResolvers`.
 */
export const RESOURCE_RESOLVERS: Record<string, ResourceResolver> = {
  market: { resolve: async (_container, ids) => new Map(ids.map((id) => [id, [id]])) },
  product: { resolve: productMarkets },
  order: { resolve: orderMarkets },
  stock_location: { resolve: byMarketField("stock_location_id") },
  serving_stock_location: { resolve: servingStockLocationMarkets, match: "any" },
  sales_channel: { resolve: byMarketField("sales_channel_id") },
  shipping_profile: { resolve: byMarketField("shipping_profile_id") },
  variant: { entity: "product_variant", field: "product_id", parent: "product" },
  product_image: { entity: "product_image", field: "product_id", parent: "product" },
  // options may be shared between products since Medusa 2.17: an exclusive option is the member's when
  // every product using it is; a shared one is the platform's to change
  product_option: { resolve: optionMarkets(NO_MARKET) },
  product_option_value: { entity: "product_option_value", field: "option_id", parent: "product_option" },
  // an option (or its values) a member links to their product: theirs, or one the platform shares
  linkable_product_option: { resolve: optionMarkets(SHARED_MARKET) },
  linkable_product_option_value: { entity: "product_option_value", field: "option_id", parent: "linkable_product_option" },
  price: { entity: "price", field: "price_set_id", parent: "price_set" },
  price_set: { entity: "product_variant_price_set", key: "price_set_id", field: "variant_id", parent: "variant" },
  inventory_item: { entity: "inventory_item", field: "variants.product_id", parent: "product" },
  inventory_level: { resolve: inventoryLevelMarkets },
  fulfillment: { entity: "order_fulfillment", key: "fulfillment_id", field: "order_id", parent: "order" },
  market_member: { entity: "market_member", field: "market_id", parent: "market" },
  market_invitation: { entity: "market_invitation", field: "market_id", parent: "market" },
}

let extra: Record<string, ResourceResolver> = {}

/** Resolvers other code registers (the `memberResolvers` plugin option). */
export function registerResolvers(resolvers: Record<string, ResourceResolver>): void {
  extra = { ...extra, ...resolvers }
}

export function resolverFor(resource: ResourceRef): ResourceResolver | undefined {
  return extra[resource] ?? RESOURCE_RESOLVERS[resource]
}

function group<T extends Record<string, unknown>>(rows: T[], key: keyof T, value: keyof T): MarketsById {
  const result: MarketsById = new Map()
  for (const row of rows) {
    const id = row[key] as string
    result.set(id, [...(result.get(id) ?? []), row[value] as string])
  }
  return result
}

/** Every value at a dotted path of a Query row (relations may be lists at any level). */
function valuesAt(row: unknown, path: string[]): string[] {
  if (row === null || row === undefined) {
    return []
  }
  if (Array.isArray(row)) {
    return row.flatMap((item) => valuesAt(item, path))
  }
  if (!path.length) {
    return typeof row === "string" ? [row] : []
  }
  return valuesAt((row as Record<string, unknown>)[path[0]], path.slice(1))
}

/** The markets each id belongs to, through the resolver table. */
export async function resolveMarkets(container: MedusaContainer, resource: ResourceRef, ids: string[]): Promise<MarketsById> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) {
    return new Map()
  }
  const resolver = resolverFor(resource)
  if (!resolver) {
    throw new Error(`No market resolver for resource "${resource}"`)
  }
  if ("resolve" in resolver) {
    return resolver.resolve(container, unique)
  }
  const key = resolver.key ?? "id"
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: resolver.entity,
    fields: [key, resolver.field],
    filters: { [key]: unique },
  })
  const parentsOf = new Map<string, string[]>()
  for (const row of data as Record<string, unknown>[]) {
    const id = row[key] as string
    parentsOf.set(id, [...(parentsOf.get(id) ?? []), ...valuesAt(row, resolver.field.split("."))])
  }
  const parents = await resolveMarkets(container, resolver.parent, [...parentsOf.values()].flat())
  const result: MarketsById = new Map()
  for (const [id, parentIds] of parentsOf) {
    result.set(id, parentIds.length ? parentIds.flatMap((parent) => orNone(parents.get(parent))) : [NO_MARKET])
  }
  return result
}

/**
 * Ids that are not the member's: unknown, of no market, or of any market outside `marketIds`.
 * A resource shared by several markets is the member's only when all of them are theirs; one the
 * platform shares with everyone (`SHARED_MARKET`) is anyone's to link.
 */
export async function foreignIds(
  container: MedusaContainer,
  resource: ResourceRef,
  ids: string[],
  marketIds: string[]
): Promise<string[]> {
  const markets = await resolveMarkets(container, resource, ids)
  const resolver = resolverFor(resource)
  const anyOwner = !!resolver && "resolve" in resolver && resolver.match === "any"
  return [...new Set(ids)].filter((id) => {
    const owners = markets.get(id)
    if (!owners?.length) return true
    return anyOwner
      ? !owners.some((market) => marketIds.includes(market))
      : owners.some((market) => market !== SHARED_MARKET && !marketIds.includes(market))
  })
}
