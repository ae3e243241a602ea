import type { Client } from "../types"

export type AdminPricingTier = {
  id: string
  handle: string
  name: string
  is_retail: boolean
  customer_group_id: string | null
  price_list_id: string | null
  priority: number
  requires_approval: boolean
}

export type AdminTierPriceBreak = { min_quantity: number; max_quantity: number | null; amount: number }

export type AdminTierPriceGrid = {
  product_id: string
  currency_code: string
  tiers: AdminPricingTier[]
  variants: Array<{
    id: string
    title: string | null
    sku: string | null
    prices: Array<{ tier_id: string; market_id: string | null; breaks: AdminTierPriceBreak[] }>
  }>
}

export type AdminSetTierPricesBody = {
  currency_code: string
  /** Each (variant, tier[, market]) pair sent gets exactly these breaks; an empty list clears it. */
  prices: Array<{
    variant_id: string
    tier_id: string
    market_id?: string | null
    breaks: Array<{ min_quantity: number; amount: number }>
  }>
}

export type AdminTierApplication = {
  id: string
  customer_id: string
  status: "pending" | "approved" | "rejected"
  business_name: string
  business_type: string | null
  phone: string | null
  national_id: string | null
  city: string | null
  note: string | null
  review_note: string | null
  reviewed_by: string | null
  reviewed_at: string | null
  created_at: string
  tier: AdminPricingTier
  customer: { id: string; email: string; first_name: string | null; last_name: string | null; phone: string | null } | null
}

export class AdminPricingTiers {
  constructor(private readonly client: Client) {}

  list(headers?: Record<string, string>) {
    return this.client.fetch<{ pricing_tiers: AdminPricingTier[] }>("/admin/pricing-tiers", { headers })
  }

  /** A custom tier: creates its customer group and price list too. */
  create(body: { handle: string; name: string; description?: string | null; priority?: number; requires_approval?: boolean }, headers?: Record<string, string>) {
    return this.client.fetch<{ pricing_tier: AdminPricingTier }>("/admin/pricing-tiers", { method: "POST", body, headers })
  }

  update(id: string, body: { name?: string; description?: string | null; priority?: number; requires_approval?: boolean }, headers?: Record<string, string>) {
    return this.client.fetch<{ pricing_tier: AdminPricingTier }>(`/admin/pricing-tiers/${id}`, { method: "POST", body, headers })
  }

  retrievePrices(productId: string, currencyCode = "irr", headers?: Record<string, string>) {
    return this.client.fetch<{ tier_prices: AdminTierPriceGrid }>(`/admin/pricing-tiers/products/${productId}/prices`, {
      query: { currency_code: currencyCode },
      headers,
    })
  }

  /** The variant × tier × break grid of one product, in one call. */
  setPrices(productId: string, body: AdminSetTierPricesBody, headers?: Record<string, string>) {
    return this.client.fetch<{ tier_prices: AdminTierPriceGrid }>(`/admin/pricing-tiers/products/${productId}/prices`, {
      method: "POST",
      body,
      headers,
    })
  }

  listApplications(query: { status?: "pending" | "approved" | "rejected"; customer_id?: string; limit?: number; offset?: number } = {}, headers?: Record<string, string>) {
    return this.client.fetch<{ applications: AdminTierApplication[]; count: number; limit: number; offset: number }>(
      "/admin/pricing-tiers/applications",
      { query, headers }
    )
  }

  /** Moves the customer into the tier's group; their prices (and open carts) change at once. */
  approveApplication(id: string, body: { review_note?: string | null } = {}, headers?: Record<string, string>) {
    return this.client.fetch<{ application: AdminTierApplication }>(`/admin/pricing-tiers/applications/${id}/approve`, {
      method: "POST",
      body,
      headers,
    })
  }

  /** Mirror public sales for tier members now instead of at the next minute's job. */
  syncSaleMirrors(headers?: Record<string, string>) {
    return this.client.fetch<{ sale_mirrors: { created: number; updated: number; deleted: number } }>(
      "/admin/pricing-tiers/sale-mirrors/sync",
      { method: "POST", body: {}, headers }
    )
  }

  rejectApplication(id: string, body: { review_note?: string | null } = {}, headers?: Record<string, string>) {
    return this.client.fetch<{ application: AdminTierApplication }>(`/admin/pricing-tiers/applications/${id}/reject`, {
      method: "POST",
      body,
      headers,
    })
  }
}
