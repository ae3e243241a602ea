import type { Client, Paginated } from "../types"
import type {
  Affiliate,
  AffiliateCommission,
  AffiliateCommissionReview,
  AffiliateCommissionStatus,
  AffiliateStats,
  AffiliateStatus,
} from "../store/affiliates"

export type AdminAffiliate = Affiliate & { stats: AffiliateStats }
export type AffiliateDecision = "approve" | "reject" | "suspend" | "reinstate"
export type AffiliateRuleScope = "product" | "category" | "market" | "affiliate" | "default"

export type AffiliateCommissionRule = {
  id: string
  scope: AffiliateRuleScope
  market_id: string | null
  target_id: string | null
  type: "percent" | "fixed"
  value: number
  cap: number | null
  created_at: string
}

/** product/category: market_id + target_id; market: market_id; affiliate: target_id (the affiliate); default: neither. */
export type SaveAffiliateCommissionRule = {
  scope: AffiliateRuleScope
  market_id?: string
  target_id?: string
  type: "percent" | "fixed"
  value: number
  cap?: number | null
}

export type AdminAffiliateCommissionFilters = {
  status?: AffiliateCommissionStatus
  review?: AffiliateCommissionReview
  affiliate_id?: string
  market_id?: string
  order_id?: string
  limit?: number
  offset?: number
}

export type AffiliateAttribution = {
  id: string
  order_id: string
  affiliate_id: string
  code: string
  source: "link" | "code"
  click_id: string | null
  outcome: "commissioned" | "self" | "below_minimum" | "not_promotable"
  created_at: string
}

type Headers = Record<string, string>

/** Affiliates, commissions and rules in the admin: `sdk.asoud.admin.affiliates`. */
export class AdminAffiliates {
  constructor(private readonly client: Client) {}

  list(query?: { status?: AffiliateStatus; limit?: number; offset?: number }, headers?: Headers) {
    return this.client.fetch<{ affiliates: AdminAffiliate[] } & Paginated>("/admin/affiliates", { query, headers })
  }

  retrieve(id: string, headers?: Headers) {
    return this.client.fetch<{ affiliate: AdminAffiliate }>(`/admin/affiliates/${id}`, { headers })
  }

  decide(id: string, decision: AffiliateDecision, body: { review_note?: string } = {}, headers?: Headers) {
    return this.client.fetch<{ affiliate: Affiliate }>(`/admin/affiliates/${id}/${decision}`, { method: "POST", body, headers })
  }

  listCommissions(query?: AdminAffiliateCommissionFilters, headers?: Headers) {
    return this.client.fetch<{ commissions: AffiliateCommission[] } & Paginated>("/admin/affiliate-commissions", { query, headers })
  }

  /** Decide a flagged commission: approve (paid after its hold) or reject. */
  reviewCommission(id: string, decision: "approve" | "reject", body: { review_note?: string } = {}, headers?: Headers) {
    return this.client.fetch<{ commission: AffiliateCommission }>(`/admin/affiliate-commissions/${id}/${decision}`, { method: "POST", body, headers })
  }

  listRules(query?: { market_id?: string; scope?: AffiliateRuleScope }, headers?: Headers) {
    return this.client.fetch<{ rules: AffiliateCommissionRule[] }>("/admin/affiliate-commission-rules", { query, headers })
  }

  saveRule(body: SaveAffiliateCommissionRule, headers?: Headers) {
    return this.client.fetch<{ rule: AffiliateCommissionRule }>("/admin/affiliate-commission-rules", { method: "POST", body, headers })
  }

  updateRule(id: string, body: SaveAffiliateCommissionRule, headers?: Headers) {
    return this.client.fetch<{ rule: AffiliateCommissionRule }>(`/admin/affiliate-commission-rules/${id}`, { method: "POST", body, headers })
  }

  deleteRule(id: string, headers?: Headers) {
    return this.client.fetch<{ id: string; object: "affiliate_commission_rule"; deleted: true }>(`/admin/affiliate-commission-rules/${id}`, { method: "DELETE", headers })
  }

  /** An order's attribution and commissions (market staff: their own market orders only). */
  retrieveOrderAffiliate(orderId: string, headers?: Headers) {
    return this.client.fetch<{ attribution: AffiliateAttribution | null; commissions: AffiliateCommission[] }>(`/admin/orders/${orderId}/affiliate`, { headers })
  }

  retrieveMarketSettings(marketId: string, headers?: Headers) {
    return this.client.fetch<{ affiliate_settings: { market_id: string; promotable: boolean } }>(`/admin/markets/${marketId}/affiliate-settings`, { headers })
  }

  updateMarketSettings(marketId: string, body: { promotable: boolean }, headers?: Headers) {
    return this.client.fetch<{ affiliate_settings: { market_id: string; promotable: boolean } }>(`/admin/markets/${marketId}/affiliate-settings`, { method: "POST", body, headers })
  }
}
