import type { BigNumberInput } from "@medusajs/framework/types"

export type CheckoutItem = {
  id: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  quantity: BigNumberInput
  unit_price: BigNumberInput
  compare_at_unit_price?: BigNumberInput | null
  is_tax_inclusive?: boolean
  is_discountable?: boolean
  requires_shipping?: boolean
  product_id?: string | null
  product_title?: string | null
  product_description?: string | null
  product_subtitle?: string | null
  product_type?: string | null
  product_collection?: string | null
  product_handle?: string | null
  variant_id?: string | null
  variant_sku?: string | null
  variant_barcode?: string | null
  variant_title?: string | null
  variant_option_values?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  tax_lines?: { code: string; rate: BigNumberInput; description?: string | null; provider_id?: string | null; tax_rate_id?: string | null }[]
  adjustments?: { code?: string | null; amount: BigNumberInput; description?: string | null; promotion_id?: string | null; provider_id?: string | null }[]
}

export type CheckoutShippingMethod = {
  id: string
  name: string
  amount: BigNumberInput
  is_tax_inclusive?: boolean
  shipping_option_id?: string | null
  shipping_profile_id?: string | null
  data?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  tax_lines?: CheckoutItem["tax_lines"]
  adjustments?: CheckoutItem["adjustments"]
}

export type CheckoutOrder = {
  id: string
  region_id?: string | null
  customer_id?: string | null
  sales_channel_id?: string | null
  email?: string | null
  currency_code: string
  total: BigNumberInput
  shipping_address?: Record<string, unknown> | null
  billing_address?: Record<string, unknown> | null
}

export type PlannedPart = { market_id: string | null; items: CheckoutItem[]; shipping_methods: CheckoutShippingMethod[] }

export type MarketSummary = { id: string; sales_channel_id: string | null; commission_rate: BigNumberInput }

export type SplitPlan = {
  cart_id: string
  order: CheckoutOrder
  parts: PlannedPart[]
  markets: MarketSummary[]
}

/** A market's order once the split has run: the checkout order itself, or a new order split from it. */
export type MaterializedOrder = {
  market_id: string | null
  order_id: string
  created: boolean
  /** checkout line item id → this order's line item id (only for new orders) */
  item_ids: Record<string, string>
}
