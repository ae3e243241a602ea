export * from "./pricing-tiers"
export { freshCustomerPricingContext } from "../lib/tier-context"
export { effectiveBreaks, type EffectiveBreak, type PriceBreak } from "../lib/breaks"
export { PricingTierEvents, DEFAULT_TIERS, MARKET_RULE_ATTRIBUTE } from "../lib/constants"
