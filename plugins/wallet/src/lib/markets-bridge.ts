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

type MarketsExports = {
  getOrderMarket: (container: MedusaContainer, orderId: string) => Promise<OrderMarketShare | undefined>
}

/**
 * The order's market through `@asoud/markets/workflows`, when that plugin is installed. The wallet
 * works alone too, so a missing markets plugin means "no market", not an error.
 */
export async function findOrderMarket(container: MedusaContainer, orderId: string): Promise<OrderMarketShare | undefined> {
  let markets: MarketsExports
  try {
    markets = require("@asoud/markets/workflows") as MarketsExports
  } catch {
    return undefined
  }
  try {
    container.resolve("market")
  } catch {
    // the package is installed but its plugin is not registered in this app
    return undefined
  }
  return markets.getOrderMarket(container, orderId)
}
