export * from "./workflows/apply-group-payments"
export { MARKET_REFUNDS_KEY, type MarketRefunds, type MarketOrderRefundedEvent } from "./steps/record-market-refunds"
