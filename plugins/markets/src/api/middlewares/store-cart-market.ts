import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getStoreMarketScope } from "../../lib/market-context"

type CartCreateRequest = MedusaRequest & { validatedBody?: { sales_channel_id?: string | null } }

/**
 * A cart created on a market's storefront belongs to that market's sales channel, however the market
 * was named: its own publishable key (Medusa already picks the key's only channel), the `x-market`
 * header or its domain/subdomain (with the marketplace's key, whose channel Medusa would pick).
 * Runs after Medusa's own POST /store/carts middlewares, which validated the body and assigned the
 * key's channel. A body naming another channel is refused rather than silently moved.
 */
export async function assignMarketCartChannel(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const scope = getStoreMarketScope(req)
  const body = (req as CartCreateRequest).validatedBody
  if (!scope || !body) {
    return next()
  }
  const asked = (req.body as { sales_channel_id?: string | null } | undefined)?.sales_channel_id
  if (asked && asked !== scope.sales_channel_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Sales channel ${asked} is not the storefront of market ${scope.handle}; leave sales_channel_id out`
    )
  }
  body.sales_channel_id = scope.sales_channel_id
  return next()
}
