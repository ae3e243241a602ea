import type { MedusaContainer } from "@medusajs/framework/types"

/** What `@asoud/markets` tells us about an order (its public `getOrderMarket`). */
export type OrderMarketShare = {
  market_id: string
  order_id: string
  currency_code: string
  total: string
  commission_amount: string
  market_amount: string
}

const MARKETS_BRIDGE = "@asoud/markets/bridge"

type MarketsExports = {
  getOrderMarket: (container: MedusaContainer, orderId: string) => Promise<OrderMarketShare | undefined>
  getMarketContext?: (req: unknown) => AdminMarketScope | undefined
}

function isMissingPackage(error: unknown, name: string): boolean {
  const e = error as { code?: string; message?: string }
  return e?.code === "MODULE_NOT_FOUND" && (e.message ?? "").includes(`'${name}'`)
}

/**
 * `@asoud/markets/bridge`, or undefined when that package is not installed (the wallet works
 * alone). Any other failure to load it (a broken build, a throwing import) is thrown: swallowing it
 * would silently stop paying markets their earnings. `load` is Node's `require` in the app.
 */
export function loadMarketsExports(load: (id: string) => unknown = require): MarketsExports | undefined {
  try {
    return load(MARKETS_BRIDGE) as MarketsExports
  } catch (error) {
    if (isMissingPackage(error, MARKETS_BRIDGE)) {
      return undefined
    }
    throw new Error(`@asoud/wallet could not load ${MARKETS_BRIDGE}: ${(error as Error).message}`)
  }
}

/**
 * The order's market through `@asoud/markets/bridge`: undefined when the package is not installed or
 * its plugin is not registered in this app (no market), thrown for any other failure.
 */
export async function findOrderMarket(container: MedusaContainer, orderId: string): Promise<OrderMarketShare | undefined> {
  const markets = loadMarketsExports()
  if (!markets || !container.hasRegistration("market")) {
    return undefined
  }
  return markets.getOrderMarket(container, orderId)
}

/** Whom an admin caller acts for, as `@asoud/markets` resolved it for this request. */
export type AdminMarketScope = {
  /** A user with no market membership operates the platform. */
  is_platform_admin: boolean
  market_ids: string[]
  memberships: { market_id: string; role: string }[]
}

/**
 * The caller's markets when `@asoud/markets` runs and the caller is market staff; undefined for a
 * platform admin, a secret-key caller, or a platform without the markets plugin (then every admin
 * route of this plugin is the platform's).
 */
export function adminMarketScope(req: object): AdminMarketScope | undefined {
  // A broken markets package throws here too: read as "no market", it would let market staff act as
  // the platform on these routes.
  const context = loadMarketsExports()?.getMarketContext?.(req)
  return context && !context.is_platform_admin ? context : undefined
}
