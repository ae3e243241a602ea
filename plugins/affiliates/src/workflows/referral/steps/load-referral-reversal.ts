import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { REFERRAL_MODULE } from "../../../modules/referral"
import type ReferralModuleService from "../../../modules/referral/service"
import { orderWithdrawn } from "../refunds"

export type ReferralReversal = {
  referral_id: string
  order_id: string
  currency_code: string
  /** What each wallet gives back: the reward, or less when the wallet no longer holds it all. */
  referrer: { customer_id: string; amount: string }
  referred: { customer_id: string; amount: string }
}

/**
 * The order that paid a referral was refunded in full or canceled: what to take back from each
 * customer's wallet. At most what the wallet has available (a wallet never goes negative); the rest
 * is written off and shows on the referral. Null when nothing is to be reversed.
 */
export const loadReferralReversalStep = createStep("load-referral-reversal", async (input: { order_id: string }, { container }) => {
  const referrals: ReferralModuleService = container.resolve(REFERRAL_MODULE)
  const [referral] = await referrals.listReferrals({ order_id: input.order_id, status: "rewarded" })
  if (!referral || !(await orderWithdrawn(container, input.order_id))) {
    return new StepResponse<ReferralReversal | null>(null)
  }
  const currency = referral.currency_code!
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "wallet",
    fields: ["owner_id", "balance", "held"],
    filters: { owner_type: "customer", owner_id: [referral.referrer_customer_id, referral.referred_customer_id], currency_code: currency },
  })
  const wallets = data as { owner_id: string; balance: BigNumberInput; held: BigNumberInput }[]
  const takeBack = (customerId: string, reward: BigNumberInput | null) => {
    const wallet = wallets.find((w) => w.owner_id === customerId)
    const available = wallet ? MathBN.sub(wallet.balance, wallet.held) : MathBN.convert(0)
    const amount = MathBN.max(MathBN.min(reward ?? 0, available), 0)
    return { customer_id: customerId, amount: amount.toFixed(0) }
  }
  return new StepResponse<ReferralReversal | null>({
    referral_id: referral.id,
    order_id: input.order_id,
    currency_code: currency,
    referrer: takeBack(referral.referrer_customer_id, referral.referrer_reward as BigNumberInput | null),
    referred: takeBack(referral.referred_customer_id, referral.referred_reward as BigNumberInput | null),
  })
})
