export type Tier = {
  id: string
  handle: string
  name: string
  is_retail: boolean
  priority: number
  requires_approval: boolean
}

export type Break = { min_quantity: number; amount: number }

export type TierPriceGrid = {
  product_id: string
  currency_code: string
  tiers: Tier[]
  variants: Array<{
    id: string
    title: string | null
    sku: string | null
    prices: Array<{ tier_id: string; market_id: string | null; breaks: Array<Break & { max_quantity: number | null }> }>
  }>
}

export type Application = {
  id: string
  customer_id: string
  status: "pending" | "approved" | "rejected"
  business_name: string
  business_type: string | null
  phone: string | null
  city: string | null
  note: string | null
  review_note: string | null
  created_at: string
  tier: Tier
  customer: { id: string; email: string; first_name: string | null; last_name: string | null; phone: string | null } | null
}
