import type { ReferralReward } from "./steps/load-referral-reward"

/** The wallet move for one side; the key names the referral, so each reward is paid once whatever the order. */
export const referralCredit = (reward: ReferralReward, side: "referrer" | "referred") => ({
  owner_type: "customer" as const,
  owner_id: side === "referrer" ? reward.referrer_customer_id : reward.referred_customer_id,
  currency_code: reward.currency_code,
  type: "credit" as const,
  amount: side === "referrer" ? reward.referrer_reward : reward.referred_reward,
  idempotency_key: `referral:${reward.referral_id}:${side}`,
  reference_type: "referral",
  reference_id: reward.referral_id,
  note: `referral reward (${side}) for order ${reward.order_id}`,
})
