import type { MedusaRequest } from "@medusajs/framework/http"
import { getMarketContext } from "@asoud/markets/workflows"

/** The market ids a market member may see, or undefined for a platform admin (everything). */
export function memberMarketIds(req: MedusaRequest): string[] | undefined {
  const context = getMarketContext(req)
  return context && !context.is_platform_admin ? context.market_ids : undefined
}
