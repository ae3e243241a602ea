/**
 * Public exports of @asoud/markets for other plugins (`@asoud/markets/workflows`).
 */
export * from "./markets"
export * from "./checkout"
export * from "./market-payments"
export { getOrderMarket, type OrderMarket } from "../lib/order-market"
export { getMarketContext, getStoreMarketScope, type MarketContext, type StoreMarketScope } from "../lib/market-context"
export { commissionFor } from "../lib/commission"
export { MARKET_MODULE } from "../modules/market"
