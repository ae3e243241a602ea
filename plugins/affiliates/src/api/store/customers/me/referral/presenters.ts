import { MathBN } from "@medusajs/framework/utils"
import type { ReferralDTO } from "../../../../../modules/referral"

const amount = (value: ReferralDTO["referrer_reward"]) => (value === null || value === undefined ? null : MathBN.convert(value).toNumber())

/** A referral as the store shows it: no other customer's id beyond what the caller already knows. */
export function presentReferral(referral: ReferralDTO) {
  return {
    id: referral.id,
    code: referral.code,
    source: referral.source,
    status: referral.status,
    order_id: referral.order_id,
    currency_code: referral.currency_code,
    referrer_reward: amount(referral.referrer_reward),
    referred_reward: amount(referral.referred_reward),
    rewarded_at: referral.rewarded_at,
    created_at: referral.created_at,
  }
}

/** One reward line of the caller: as the referrer of someone, or as the referred customer. */
export function presentReward(referral: ReferralDTO, customerId: string) {
  const role = referral.referrer_customer_id === customerId ? ("referrer" as const) : ("referred" as const)
  return {
    referral_id: referral.id,
    role,
    status: referral.status,
    amount: role === "referrer" ? amount(referral.referrer_reward) : amount(referral.referred_reward),
    currency_code: referral.currency_code,
    order_id: role === "referred" ? referral.order_id : null,
    rewarded_at: referral.rewarded_at,
    reversed: role === "referrer" ? amount(referral.referrer_reversed ?? null) : amount(referral.referred_reversed ?? null),
    reversed_at: referral.reversed_at ?? null,
    created_at: referral.created_at,
  }
}
