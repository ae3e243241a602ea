/**
 * A market's catalogue with prices: Medusa's own store product listing (same query parameters,
 * pricing, taxes and response), scoped to the market's sales channel by `scopeStoreToMarketParam`.
 */
export { GET } from "@medusajs/medusa/api/store/products/route"
