import type { Client, Paginated } from "../types"
import type { Referral, ReferralStatus } from "../store/referrals"

export type AdminReferral = Referral & {
  referrer_customer_id: string
  referred_customer_id: string
  /** What a reversal took back from each wallet (whole rials); null unless `reversed`. */
  referrer_reversed: number | null
  referred_reversed: number | null
}

/** Customer referrals for platform admins: `sdk.asoud.admin.referrals.list()`. */
export class AdminReferrals {
  constructor(private readonly client: Client) {}

  /** `customer_id` matches either side (referrer or referred). */
  list(query?: { status?: ReferralStatus; customer_id?: string; limit?: number; offset?: number }, headers?: Record<string, string>) {
    return this.client.fetch<{ referrals: AdminReferral[] } & Paginated>("/admin/referrals", { query, headers })
  }
}
