import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getMarketSnapshot, marketForHost, type CachedMarket } from "../../lib/market-cache"
import { setStoreMarketScope } from "../../lib/market-context"
import { readPluginOptions } from "../../lib/options"

export const MARKET_HEADER = "x-market"

type KeyScopedRequest = MedusaRequest & {
  publishable_key_context?: { key: string; sales_channel_ids: string[] }
}

function notFound(what: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `Market ${what} was not found`)
}

function scopeTo(req: KeyScopedRequest, market: CachedMarket): void {
  setStoreMarketScope(req, { market_id: market.id, handle: market.handle, sales_channel_id: market.sales_channel_id! })
  if (req.publishable_key_context) {
    req.publishable_key_context.sales_channel_ids = [market.sales_channel_id!]
  }
}

/**
 * Scopes a store request to one market: its `x-market` header (a handle), else its Host (custom
 * domain or subdomain), else the publishable key (a market's own key). The catalogue, carts and
 * stock then follow Medusa's own sales-channel scoping. A market that is not active answers 404, so a
 * suspended market's storefront disappears. Lookups hit an in-memory snapshot, not the database.
 */
export async function storeMarketScope(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const keyed = req as KeyScopedRequest
  const handle = req.get(MARKET_HEADER)
  const snapshot = await getMarketSnapshot(req.scope)
  if (handle) {
    const market = snapshot.byHandle.get(handle)
    if (!market || market.status !== "active" || !market.sales_channel_id) {
      throw notFound(`with handle: ${handle}`)
    }
    scopeTo(keyed, market)
    return next()
  }
  const byHost = snapshot.byDomain.size
    ? marketForHost(snapshot, req.get("x-forwarded-host") ?? req.get("host"), readPluginOptions(req.scope).baseDomain)
    : undefined
  if (byHost) {
    if (byHost.status !== "active" || !byHost.sales_channel_id) {
      throw notFound(`for host: ${req.get("host")}`)
    }
    scopeTo(keyed, byHost)
    return next()
  }
  const channels = keyed.publishable_key_context?.sales_channel_ids ?? []
  if (channels.length === 1) {
    const byKey = snapshot.bySalesChannel.get(channels[0])
    if (byKey) {
      if (byKey.status !== "active") {
        throw notFound(`for this publishable key`)
      }
      setStoreMarketScope(req, { market_id: byKey.id, handle: byKey.handle, sales_channel_id: channels[0] })
    }
  }
  return next()
}
