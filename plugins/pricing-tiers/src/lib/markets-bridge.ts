import type { MedusaRequest } from "@medusajs/framework/http"

type MarketsExports = {
  getMarketContext: (req: MedusaRequest) => { is_platform_admin: boolean } | undefined
}

/**
 * Whether the caller is market staff rather than a platform admin, through `@asoud/markets/bridge`
 * when that plugin is installed. Without it every admin user operates the platform.
 */
export function isMarketStaff(req: MedusaRequest): boolean {
  let markets: MarketsExports
  try {
    markets = require("@asoud/markets/bridge") as MarketsExports
  } catch {
    return false
  }
  const context = markets.getMarketContext(req)
  return !!context && !context.is_platform_admin
}
