import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getMarketSnapshot } from "../../lib/market-cache"
import { setStoreMarketScope } from "../../lib/market-context"

type KeyScopedRequest = MedusaRequest & { publishable_key_context?: { key: string; sales_channel_ids: string[] } }

/** `/store/markets/:handle/...`: the route's market replaces the key's sales channels. */
export async function scopeStoreToMarketParam(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const snapshot = await getMarketSnapshot(req.scope)
  const market = snapshot.byHandle.get(req.params.handle)
  if (!market || market.status !== "active" || !market.sales_channel_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Market with handle: ${req.params.handle} was not found`)
  }
  setStoreMarketScope(req, { market_id: market.id, handle: market.handle, sales_channel_id: market.sales_channel_id })
  const keyed = req as KeyScopedRequest
  if (keyed.publishable_key_context) {
    keyed.publishable_key_context.sales_channel_ids = [market.sales_channel_id]
  }
  return next()
}
