import type { Client, Paginated } from "../types"

export type AffiliateStatus = "pending" | "approved" | "rejected" | "suspended"
export type AffiliateLinkTarget = "marketplace" | "market" | "category" | "product"
export type AffiliateCommissionStatus = "pending" | "approved" | "paid" | "rejected"
export type AffiliateCommissionReview = "flagged" | "cleared" | "rejected"

export type AffiliateCode = { id: string; affiliate_id: string; code: string; disabled_at: string | null; created_at: string }

export type AffiliateLink = {
  id: string
  affiliate_id: string
  code: string
  target_type: AffiliateLinkTarget
  target_id: string | null
  market_id: string | null
  /** Storefront path with `?ref=<code>`, e.g. `/products/saffron-sargol?ref=nima`. */
  path: string
  created_at: string
}

export type Affiliate = {
  id: string
  customer_id: string
  status: AffiliateStatus
  name: string | null
  phone: string | null
  email: string | null
  pitch: string | null
  review_note: string | null
  reviewed_at: string | null
  created_at: string
  codes?: AffiliateCode[]
  links?: AffiliateLink[]
}

export type AffiliateCommissionLine = { item_id: string; base: string; rule_id: string | null; scope: string | null; amount: string }

/**
 * A refund after payout (a negative `amount`). `settled_amount` is what was taken back from the
 * affiliate's wallet so far; `owed` what their next payouts still give back.
 */
export type AffiliateCommissionAdjustment = {
  id: string
  amount: string
  reason: string
  reference: string
  settled_amount: string
  owed: string
  settled_at: string | null
  created_at: string
}

/** Amounts are whole-rial decimal strings. */
export type AffiliateCommission = {
  id: string
  affiliate_id: string
  /** The affiliate's name as they applied with, when they gave one. */
  affiliate_name: string | null
  /** The market order (one commission per market order of a split checkout). */
  order_id: string
  checkout_order_id: string
  market_id: string | null
  currency_code: string
  base_amount: string
  original_amount: string
  amount: string
  refunded_total: string
  status: AffiliateCommissionStatus
  review: AffiliateCommissionReview | null
  flag_reason: string | null
  rejection_reason: string | null
  lines: AffiliateCommissionLine[]
  hold_until: string
  approved_at: string | null
  paid_at: string | null
  payout_error: string | null
  created_at: string
  adjustments: AffiliateCommissionAdjustment[]
}

export type AffiliateMonthStats = { month: string; orders: number; pending: string; approved: string; paid: string; rejected: string }
export type AffiliateStats = { clicks: number; orders: number; pending: string; approved: string; paid: string; by_month: AffiliateMonthStats[] }

export type ApplyAffiliate = { name?: string; phone?: string; email?: string; pitch?: string }
export type CreateAffiliateLink = { code: string; target_type: AffiliateLinkTarget; target_id?: string }
export type TrackAffiliateClick = { code: string; landing_path?: string; token?: string }
export type AffiliateCommissionFilters = { status?: AffiliateCommissionStatus; limit?: number; offset?: number }

type Headers = Record<string, string>

/** Affiliates (marketers) and attribution in a storefront: `sdk.asoud.store.affiliates`. */
export class StoreAffiliates {
  constructor(private readonly client: Client) {}

  apply(body: ApplyAffiliate, headers?: Headers) {
    return this.client.fetch<{ affiliate: Affiliate }>("/store/affiliates", { method: "POST", body, headers })
  }

  /** My affiliate account with its codes and links. */
  retrieve(headers?: Headers) {
    return this.client.fetch<{ affiliate: Affiliate }>("/store/affiliates/me", { headers })
  }

  listCodes(headers?: Headers) {
    return this.client.fetch<{ codes: AffiliateCode[] }>("/store/affiliates/me/codes", { headers })
  }

  createCode(code: string, headers?: Headers) {
    return this.client.fetch<{ code: AffiliateCode }>("/store/affiliates/me/codes", { method: "POST", body: { code }, headers })
  }

  setCodeDisabled(id: string, disabled: boolean, headers?: Headers) {
    return this.client.fetch<{ code: AffiliateCode }>(`/store/affiliates/me/codes/${id}`, { method: "POST", body: { disabled }, headers })
  }

  listLinks(headers?: Headers) {
    return this.client.fetch<{ links: AffiliateLink[] }>("/store/affiliates/me/links", { headers })
  }

  createLink(body: CreateAffiliateLink, headers?: Headers) {
    return this.client.fetch<{ link: AffiliateLink }>("/store/affiliates/me/links", { method: "POST", body, headers })
  }

  deleteLink(id: string, headers?: Headers) {
    return this.client.fetch<{ id: string; object: "affiliate_link"; deleted: true }>(`/store/affiliates/me/links/${id}`, { method: "DELETE", headers })
  }

  stats(headers?: Headers) {
    return this.client.fetch<{ stats: AffiliateStats }>("/store/affiliates/me/stats", { headers })
  }

  listCommissions(query?: AffiliateCommissionFilters, headers?: Headers) {
    return this.client.fetch<{ commissions: AffiliateCommission[] } & Paginated>("/store/affiliates/me/commissions", { query, headers })
  }

  /** Record a visit through `?ref=<code>`; keep the token and put it on the cart. */
  track(body: TrackAffiliateClick, headers?: Headers) {
    return this.client.fetch<{ attribution: { token: string; clicked_at: string } }>("/store/affiliates/track", { method: "POST", body, headers })
  }

  /** Put a click's token or a code typed at checkout (it wins) on the cart; an invalid code is a 400. */
  setCartAffiliate(cartId: string, body: { code?: string; token?: string }, headers?: Headers) {
    return this.client.fetch<{ cart: { id: string; metadata: Record<string, unknown> } }>(`/store/carts/${cartId}/affiliate`, { method: "POST", body, headers })
  }
}
