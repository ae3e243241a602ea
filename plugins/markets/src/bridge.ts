/**
 * What other plugins read of markets at run time (`@asoud/markets/bridge`): an order's market share and
 * the caller's market context. Kept apart from `./workflows` so that loading it defines no module links:
 * a plugin may check it at start-up even where the markets module is not loaded (its module tests).
 */
export { getOrderMarket, type OrderMarket } from "./lib/order-market"
export { getMarketContext, type MarketContext } from "./lib/market-context"
