import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REFERRAL_MODULE } from "../../../modules/referral"
import type ReferralModuleService from "../../../modules/referral/service"
import type { ReferralReward } from "./load-referral-reward"

/** Closes the referral with the order that paid it; a referral already closed is left as it is. */
export const markReferralRewardedStep = createStep(
  "mark-referral-rewarded",
  async (reward: ReferralReward, { container }) => {
    const referrals: ReferralModuleService = container.resolve(REFERRAL_MODULE)
    const current = await referrals.retrieveReferral(reward.referral_id)
    if (current.status === "rewarded") {
      return new StepResponse(current, null as string | null)
    }
    const updated = await referrals.updateReferrals({
      id: reward.referral_id,
      status: "rewarded",
      order_id: reward.order_id,
      currency_code: reward.currency_code,
      referrer_reward: reward.referrer_reward,
      referred_reward: reward.referred_reward,
      rewarded_at: new Date(),
    })
    return new StepResponse(updated, reward.referral_id as string | null)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ReferralModuleService>(REFERRAL_MODULE).updateReferrals({
        id,
        status: "pending",
        order_id: null,
        referrer_reward: null,
        referred_reward: null,
        rewarded_at: null,
      })
    }
  }
)
