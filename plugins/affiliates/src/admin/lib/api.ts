import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

/**
 * The admin routes these screens read and write, in one place. Market staff reach the commission
 * routes too (scoped by the server to their own market's orders).
 */
export type AffiliateStatus = "pending" | "approved" | "rejected" | "suspended"
export type CommissionStatus = "pending" | "approved" | "paid" | "rejected"

export type AdminAffiliate = {
  id: string
  customer_id: string
  status: AffiliateStatus
  name: string | null
  email: string | null
  phone: string | null
  pitch: string | null
  review_note: string | null
  created_at: string
  /** Amounts are whole-rial decimal strings. */
  stats: { clicks: number; orders: number; pending: string; approved: string; paid: string }
}

export type AdminCommission = {
  id: string
  affiliate_id: string
  /** The affiliate's name as they applied with, when they gave one. */
  affiliate_name: string | null
  order_id: string
  market_id: string | null
  status: CommissionStatus
  /** Whole-rial decimal string. */
  amount: string
  currency_code: string
  /** Set when a fraud rule flagged it: `flagged` waits for an admin. */
  review: "flagged" | "cleared" | "rejected" | null
  flag_reason: string | null
  created_at: string
}

export type CommissionRule = {
  id: string
  market_id: string | null
  scope: "product" | "category" | "market" | "affiliate" | "default"
  target_id: string | null
  type: "percent" | "fixed"
  value: number | string
  cap: number | string | null
}

export type RuleInput = { type: "percent" | "fixed"; value: number; cap: number | null }

export type AdminReferralRow = {
  id: string
  referrer_customer_id: string
  referred_customer_id: string
  code: string
  source: "store" | "cart"
  status: "pending" | "rewarded" | "reversed"
  order_id: string | null
  referrer_reward: number | null
  referred_reward: number | null
  referrer_reversed: number | null
  referred_reversed: number | null
  created_at: string
}

export type OrderAffiliate = {
  attribution: {
    affiliate_id: string
    code: string
    source: "link" | "code"
    /** `commissioned`, or the rule that stopped it (`self`, `below_minimum`, `not_promotable`). */
    outcome: string
    created_at: string
  } | null
  commissions: AdminCommission[]
}

export const paths = {
  affiliates: "/admin/affiliates",
  affiliateDecision: (id: string, decision: "approve" | "reject" | "suspend" | "reinstate") => `/admin/affiliates/${id}/${decision}`,
  commissions: "/admin/affiliate-commissions",
  commissionDecision: (id: string, decision: "approve" | "reject") => `/admin/affiliate-commissions/${id}/${decision}`,
  rules: "/admin/affiliate-commission-rules",
  rule: (id: string) => `/admin/affiliate-commission-rules/${id}`,
  marketSettings: (marketId: string) => `/admin/markets/${marketId}/affiliate-settings`,
  orderAffiliate: (orderId: string) => `/admin/orders/${orderId}/affiliate`,
  referrals: "/admin/referrals",
}

const KEY = "asoud-affiliates"

/** Affiliates in any of `statuses` (each with its stats), newest first. */
export function useAffiliates(statuses: AffiliateStatus[]) {
  return useQuery({
    queryKey: [KEY, "affiliates", statuses],
    queryFn: async () => {
      const pages = await Promise.all(
        statuses.map((status) =>
          sdk.client.fetch<{ affiliates: AdminAffiliate[]; count: number }>(paths.affiliates, { query: { status, limit: 100 } })
        )
      )
      const affiliates = pages.flatMap((page) => page.affiliates).sort((a, b) => b.created_at.localeCompare(a.created_at))
      return { affiliates, count: pages.reduce((sum, page) => sum + page.count, 0) }
    },
  })
}

export type CommissionFilters = {
  status?: CommissionStatus
  review?: "flagged" | "cleared" | "rejected"
  market_id?: string
  affiliate_id?: string
}

export function useCommissions(filters: CommissionFilters) {
  return useQuery({
    queryKey: [KEY, "commissions", filters],
    queryFn: () =>
      sdk.client.fetch<{ commissions: AdminCommission[]; count: number }>(paths.commissions, {
        query: { ...filters, limit: 100 },
      }),
  })
}

export function useMarketRules(marketId: string) {
  return useQuery({
    queryKey: [KEY, "rules", marketId],
    queryFn: () => sdk.client.fetch<{ rules: CommissionRule[] }>(paths.rules, { query: { market_id: marketId } }),
  })
}

export function useMarketSettings(marketId: string) {
  return useQuery({
    queryKey: [KEY, "market-settings", marketId],
    queryFn: () => sdk.client.fetch<{ affiliate_settings: { market_id: string; promotable: boolean } }>(paths.marketSettings(marketId)),
  })
}

export function useOrderAffiliate(orderId: string) {
  return useQuery({
    queryKey: [KEY, "order", orderId],
    queryFn: () => sdk.client.fetch<OrderAffiliate>(paths.orderAffiliate(orderId)),
  })
}

export function useReferrals() {
  return useQuery({
    queryKey: [KEY, "referrals"],
    queryFn: () => sdk.client.fetch<{ referrals: AdminReferralRow[]; count: number }>(paths.referrals, { query: { limit: 100 } }),
  })
}

/** A POST that refreshes every affiliates screen when it succeeds. */
export function useAffiliatesMutation<V>(request: (variables: V) => { path: string; body?: Record<string, unknown> }) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (variables: V) => {
      const { path, body } = request(variables)
      return sdk.client.fetch(path, { method: "POST", body: body ?? {} })
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  })
}
