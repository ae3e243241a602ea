/** The price-rule attribute a market-scoped tier price carries (see README: markets). */
export const MARKET_RULE_ATTRIBUTE = "market_id"

/** The price-list rule Medusa matches customer groups on; the legacy `customer_group_id` key is ignored (medusa#16822). */
export const CUSTOMER_GROUP_RULE_ATTRIBUTE = "customer.groups.id"

export const PricingTierEvents = {
  APPLICATION_CREATED: "pricing-tier-application.created",
  APPLICATION_APPROVED: "pricing-tier-application.approved",
  APPLICATION_REJECTED: "pricing-tier-application.rejected",
  PRICES_SET: "pricing-tier.prices-set",
} as const

export const RETAIL_TIER_HANDLE = "retail"

export type DefaultTier = {
  handle: string
  name: string
  description: string
  priority: number
  requires_approval: boolean
  is_retail: boolean
}

/** Out of the box: everyone's retail level, wholesale colleagues and resellers (marketers). */
export const DEFAULT_TIERS: DefaultTier[] = [
  { handle: RETAIL_TIER_HANDLE, name: "خرده‌فروشی", description: "قیمت عمومی برای همه مشتریان", priority: 0, requires_approval: false, is_retail: true },
  { handle: "colleague", name: "همکار", description: "قیمت عمده برای همکاران صنفی", priority: 10, requires_approval: true, is_retail: false },
  { handle: "marketer", name: "بازاریاب", description: "قیمت ویژه بازاریابان و فروشندگان مجدد", priority: 20, requires_approval: true, is_retail: false },
]

/** The error code a completion refused for stale prices carries (the store route answers 409 `prices_changed`). */
export const PRICES_CHANGED_CODE = "prices_changed"
export const PRICES_CHANGED_MESSAGE = "Prices in your cart have changed since it was priced. Review the cart and pay the updated total."
