import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { REFERRAL_MODULE } from "../../../modules/referral"
import type ReferralModuleService from "../../../modules/referral/service"
import { readReferralOptions } from "../options"
import { orderWithdrawn } from "../refunds"

export type ReferralReward = {
  referral_id: string
  order_id: string
  referrer_customer_id: string
  referred_customer_id: string
  currency_code: string
  referrer_reward: number
  referred_reward: number
}

type OrderRow = {
  id: string
  customer_id: string | null
  status: string
  total: BigNumberInput
  metadata: Record<string, unknown> | null
  payment_collections: { captured_amount: BigNumberInput | null; refunded_amount: BigNumberInput | null }[] | null
}

/** Decides whether this order pays a referral: null when it does not (and why is not an error). */
export const loadReferralRewardStep = createStep(
  "load-referral-reward",
  async (input: { order_id: string }, { container }) => {
    const none = new StepResponse<ReferralReward | null>(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "status", "total", "metadata", "payment_collections.captured_amount"],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderRow | undefined
    // a market order split from a checkout is not a purchase of its own: the checkout order is
    if (!order?.customer_id || order.status === "canceled" || order.metadata?.checkout_order_id) {
      return none
    }
    const referrals: ReferralModuleService = container.resolve(REFERRAL_MODULE)
    const [referral] = await referrals.listReferrals({ referred_customer_id: order.customer_id, status: "pending" })
    if (!referral) {
      return none
    }
    const captured = (order.payment_collections ?? []).reduce(
      (sum, pc) => MathBN.add(sum, pc.captured_amount ?? 0),
      MathBN.convert(0)
    )
    const options = readReferralOptions(container)
    if (MathBN.lt(captured, order.total) || MathBN.lt(order.total, options.minimumOrder)) {
      return none
    }
    // Refunded in full before the reward ran: it never counted as a paid order.
    if (await orderWithdrawn(container, order.id)) {
      return none
    }
    return new StepResponse<ReferralReward | null>({
      referral_id: referral.id,
      order_id: order.id,
      referrer_customer_id: referral.referrer_customer_id,
      referred_customer_id: referral.referred_customer_id,
      currency_code: options.currencyCode,
      referrer_reward: options.referrerReward,
      referred_reward: options.referredReward,
    })
  }
)
