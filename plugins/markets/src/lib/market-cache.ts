import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"
import { readPluginOptions } from "./options"

/** What store scoping and admin isolation need of a market, kept in memory. */
export type CachedMarket = {
  id: string
  handle: string
  status: string
  sales_channel_id: string | null
  stock_location_id: string | null
  shipping_profile_id: string | null
  subdomain: string | null
  custom_domain: string | null
}

type Snapshot = {
  loadedAt: number
  /** The store's default sales channel: the marketplace storefront every active market sells in. */
  marketplaceSalesChannelId: string | null
  byId: Map<string, CachedMarket>
  byHandle: Map<string, CachedMarket>
  byDomain: Map<string, CachedMarket>
  bySalesChannel: Map<string, CachedMarket>
}

const DEFAULT_TTL_MS = 5_000
let snapshot: Snapshot | undefined
let loading: Promise<Snapshot> | undefined

/**
 * Every store and admin request may need "which market is this": one small read per TTL per process,
 * shared by concurrent requests, instead of one query per request. Our own workflows clear it, so a
 * change made in this process is seen at once; other processes see it within the TTL.
 */
export async function getMarketSnapshot(container: MedusaContainer): Promise<Snapshot> {
  const ttl = readPluginOptions(container).marketCacheTtlMs ?? DEFAULT_TTL_MS
  if (snapshot && Date.now() - snapshot.loadedAt < ttl) {
    return snapshot
  }
  loading ??= loadSnapshot(container).finally(() => {
    loading = undefined
  })
  snapshot = await loading
  return snapshot
}

export function invalidateMarketCache(): void {
  snapshot = undefined
}

async function loadSnapshot(container: MedusaContainer): Promise<Snapshot> {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const markets = await service.listMarkets(
    {},
    {
      select: [
        "id",
        "handle",
        "status",
        "sales_channel_id",
        "stock_location_id",
        "shipping_profile_id",
        "subdomain",
        "custom_domain",
      ],
    }
  )
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
  const next: Snapshot = {
    loadedAt: Date.now(),
    marketplaceSalesChannelId: store?.default_sales_channel_id ?? null,
    byId: new Map(),
    byHandle: new Map(),
    byDomain: new Map(),
    bySalesChannel: new Map(),
  }
  for (const market of markets as CachedMarket[]) {
    next.byId.set(market.id, market)
    next.byHandle.set(market.handle, market)
    if (market.custom_domain) {
      next.byDomain.set(market.custom_domain.toLowerCase(), market)
    }
    if (market.subdomain) {
      next.byDomain.set(`sub:${market.subdomain.toLowerCase()}`, market)
    }
    if (market.sales_channel_id) {
      next.bySalesChannel.set(market.sales_channel_id, market)
    }
  }
  return next
}

/** Finds the market a Host header names: its custom domain, or `<subdomain>.<baseDomain>`. */
export function marketForHost(
  snap: Snapshot,
  host: string | undefined,
  baseDomain: string | undefined
): CachedMarket | undefined {
  if (!host) {
    return undefined
  }
  const name = host.split(":")[0].toLowerCase()
  const byCustomDomain = snap.byDomain.get(name)
  if (byCustomDomain) {
    return byCustomDomain
  }
  if (baseDomain && name.endsWith(`.${baseDomain.toLowerCase()}`)) {
    const sub = name.slice(0, -(baseDomain.length + 1))
    return snap.byDomain.get(`sub:${sub}`)
  }
  return undefined
}
