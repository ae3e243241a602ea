import { AsoudSdk, type StoreMarket } from "@asoud/js-sdk"
import { headers } from "next/headers"
import { cache } from "react"
import { readConfig } from "./config"
import { marketForHost } from "./hosts"

/** An SDK without a customer, for what is the same for every shopper (markets, regions, categories). */
let anonymous: AsoudSdk | undefined
export function publicSdk(): AsoudSdk {
  const config = readConfig()
  anonymous ??= new AsoudSdk({
    baseUrl: config.backendUrl,
    publishableKey: config.publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  })
  return anonymous
}

const MARKETS_TTL_MS = 60_000
let marketsCache: { at: number; markets: StoreMarket[] } | undefined

/** Every active market, kept a minute: the host-name lookup runs on each request. */
export async function activeMarkets(): Promise<StoreMarket[]> {
  if (marketsCache && Date.now() - marketsCache.at < MARKETS_TTL_MS) return marketsCache.markets
  const { markets } = await publicSdk().asoud.store.markets.list({ limit: 100 })
  marketsCache = { at: Date.now(), markets }
  return markets
}

/**
 * Which market this storefront shows: `ASOUD_MARKET` pins one; otherwise the request's host may name
 * one (saffron.localhost:8000, or a market's own domain); otherwise it is the whole marketplace.
 */
export const resolveMarketScope = cache(async (): Promise<{ handle: string } | undefined> => {
  const config = readConfig()
  if (config.market) return { handle: config.market }
  const incoming = await headers()
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host")
  const baseDomain = process.env.ASOUD_MARKETS_BASE_DOMAIN || "localhost"
  if (!host || host.split(":")[0] === baseDomain) return undefined
  const market = marketForHost(await activeMarkets(), host, baseDomain)
  return market ? { handle: market.handle } : undefined
})
