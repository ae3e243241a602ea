import type { Client, Paginated } from "../types"

/** `reversed`: the order that paid the reward was refunded in full or canceled, and the reward taken back. */
export type ReferralStatus = "pending" | "rewarded" | "reversed"

/** A referral: a customer referred by another, rewarded once the referred customer's first qualifying order is paid. */
export type Referral = {
  id: string
  code: string
  /** How the code was given: the store route, or cart metadata `referral_code` at checkout. */
  source: "store" | "cart"
  status: ReferralStatus
  order_id: string | null
  currency_code: string | null
  /** Whole rials; null until rewarded. */
  referrer_reward: number | null
  referred_reward: number | null
  rewarded_at: string | null
  created_at: string
}

export type ReferralTerms = {
  referrer_reward: number
  referred_reward: number
  /** An order total (shipping and tax included) below this rewards nothing. */
  minimum_order: number
  currency_code: string
}

export type MyReferral = {
  /** The caller's own code, to share; matched case-insensitively. */
  code: string
  /** How many customers used it. */
  referred_count: number
  /** Who referred the caller, if anyone. */
  referred_by: Referral | null
  terms: ReferralTerms
}

export type ReferralReward = {
  referral_id: string
  /** `referrer`: a customer the caller referred; `referred`: the caller was referred. */
  role: "referrer" | "referred"
  status: ReferralStatus
  amount: number | null
  /** What was taken back from the caller's wallet when the reward was reversed (at most what it held). */
  reversed: number | null
  currency_code: string | null
  order_id: string | null
  rewarded_at: string | null
  reversed_at: string | null
  created_at: string
}

/** The signed-in customer's referral programme: `sdk.asoud.store.referrals.retrieve()`. */
export class StoreReferrals {
  constructor(private readonly client: Client) {}

  /** The caller's referral code (created on first ask), who referred them, and the reward terms. */
  retrieve(headers?: Record<string, string>) {
    return this.client.fetch<{ referral: MyReferral }>("/store/customers/me/referral", { headers })
  }

  /** A new customer names who referred them: once, never their own code, before their first order. */
  apply(code: string, headers?: Record<string, string>) {
    return this.client.fetch<{ referral: Referral }>("/store/customers/me/referral", {
      method: "POST",
      body: { code },
      headers,
    })
  }

  listRewards(query?: { limit?: number; offset?: number }, headers?: Record<string, string>) {
    return this.client.fetch<{ rewards: ReferralReward[] } & Paginated>("/store/customers/me/referral/rewards", {
      query,
      headers,
    })
  }
}
