import type { BigNumberValue } from "@medusajs/framework/types"

export type ReferralStatus = "pending" | "rewarded" | "reversed"
export type ReferralSource = "store" | "cart"

export type ReferralCodeDTO = {
  id: string
  customer_id: string
  code: string
  created_at: Date
}

export type ReferralDTO = {
  id: string
  referrer_customer_id: string
  referred_customer_id: string
  code: string
  source: ReferralSource
  status: ReferralStatus
  order_id: string | null
  currency_code: string | null
  referrer_reward: BigNumberValue | null
  referred_reward: BigNumberValue | null
  rewarded_at: Date | null
  referrer_reversed?: BigNumberValue | null
  referred_reversed?: BigNumberValue | null
  reversed_at?: Date | null
  created_at: Date
}
