import type { Client } from "../types"

export type StorePricingTier = {
  id: string
  handle: string
  name: string
  is_retail: boolean
  priority: number
  requires_approval: boolean
  /** Retail is everyone's; other tiers are true for their members. */
  is_member: boolean
}

/** The shopper's own price from `min_quantity` on: the lowest of retail and their tiers. */
export type StoreEffectiveBreak = { min_quantity: number; amount: number; tier_id: string }

export type StoreTierBreak = { min_quantity: number; max_quantity: number | null; amount: number }

export type StoreTierPricedProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variants: Array<{
    id: string
    title: string | null
    sku: string | null
    calculated_price: {
      amount: number | null
      original_amount: number | null
      currency_code: string | null
      /** Handle of the tier that gave the price (`retail` for the base price). */
      tier: string | null
    } | null
    breaks?: StoreEffectiveBreak[]
  }>
}

export type StoreProductBreakTable = {
  product_id: string
  currency_code: string
  tiers: Array<{ id: string; handle: string; name: string; is_member: boolean }>
  variants: Array<{
    id: string
    title: string | null
    sku: string | null
    breaks: StoreEffectiveBreak[]
    /** Breaks as entered, by tier handle: retail for everyone, a tier's only for its members. */
    tiers: Record<string, StoreTierBreak[]>
  }>
}

export type StoreTierApplication = {
  id: string
  status: "pending" | "approved" | "rejected"
  business_name: string
  business_type: string | null
  phone: string | null
  national_id: string | null
  city: string | null
  note: string | null
  review_note: string | null
  reviewed_at: string | null
  created_at: string
  tier: { id: string; handle: string; name: string }
}

export type StoreApplyForTierBody = {
  /** Tier id or handle, e.g. "colleague". */
  tier: string
  business_name: string
  business_type?: string | null
  phone?: string | null
  national_id?: string | null
  city?: string | null
  note?: string | null
}

export type StoreTierProductsQuery = {
  region_id: string
  handle?: string | string[]
  id?: string | string[]
  with_breaks?: boolean
  limit?: number
  offset?: number
}

/** Tiered prices (retail / colleague / marketer) and tier applications. */
export class StorePricingTiers {
  constructor(private readonly client: Client) {}

  /** Every tier, and which ones the logged-in customer is in. */
  list(headers?: Record<string, string>) {
    return this.client.fetch<{ pricing_tiers: StorePricingTier[] }>("/store/pricing-tiers", { headers })
  }

  /** Products priced for this shopper (their tier and quantity 1); `with_breaks` adds each variant's break table. */
  listProducts(query: StoreTierProductsQuery, headers?: Record<string, string>) {
    return this.client.fetch<{ products: StoreTierPricedProduct[]; count: number; offset: number; limit: number }>(
      "/store/pricing-tiers/products",
      { query, headers }
    )
  }

  /** "Buy 10+ for X": a product's break table for this shopper. */
  retrieveBreaks(productId: string, query: { region_id?: string; currency_code?: string }, headers?: Record<string, string>) {
    return this.client.fetch<StoreProductBreakTable>(`/store/pricing-tiers/products/${productId}`, { query, headers })
  }

  /** Apply for a tier (customer login required); an admin approves or rejects it. */
  apply(body: StoreApplyForTierBody, headers?: Record<string, string>) {
    return this.client.fetch<{ application: StoreTierApplication }>("/store/pricing-tiers/applications", {
      method: "POST",
      body,
      headers,
    })
  }

  /** The logged-in customer's applications, newest first. */
  listApplications(headers?: Record<string, string>) {
    return this.client.fetch<{ applications: StoreTierApplication[] }>("/store/pricing-tiers/applications", { headers })
  }
}
