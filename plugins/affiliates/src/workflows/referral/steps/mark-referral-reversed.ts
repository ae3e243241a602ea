import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REFERRAL_MODULE } from "../../../modules/referral"
import type ReferralModuleService from "../../../modules/referral/service"
import type { ReferralReversal } from "./load-referral-reversal"

/** Records the reversal on the referral; compensation puts it back to `rewarded`. */
export const markReferralReversedStep = createStep(
  "mark-referral-reversed",
  async (reversal: ReferralReversal, { container }) => {
    const referrals: ReferralModuleService = container.resolve(REFERRAL_MODULE)
    const updated = await referrals.updateReferrals({
      id: reversal.referral_id,
      status: "reversed",
      referrer_reversed: Number(reversal.referrer.amount),
      referred_reversed: Number(reversal.referred.amount),
      reversed_at: new Date(),
    })
    return new StepResponse(updated, reversal.referral_id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ReferralModuleService>(REFERRAL_MODULE).updateReferrals({
        id,
        status: "rewarded",
        referrer_reversed: null,
        referred_reversed: null,
        reversed_at: null,
      })
    }
  }
)
