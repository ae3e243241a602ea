import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { REFERRAL_MODULE, type ReferralDTO, type ReferralSource } from "../../../modules/referral"
import type ReferralModuleService from "../../../modules/referral/service"
import type { ValidatedReferral } from "./validate-referral"

/** Records the referral; the unique referred customer makes a concurrent second referral fail cleanly. */
export const createReferralStep = createStep(
  "create-referral",
  async (input: ValidatedReferral & { source: ReferralSource }, { container }) => {
    const referrals: ReferralModuleService = container.resolve(REFERRAL_MODULE)
    try {
      const referral = await referrals.createReferrals(input)
      return new StepResponse(referral as unknown as ReferralDTO, referral.id)
    } catch (error) {
      if (/unique|already exists|duplicate/i.test(String((error as Error)?.message))) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You have already been referred: a customer can be referred only once")
      }
      throw error
    }
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ReferralModuleService>(REFERRAL_MODULE).deleteReferrals(id)
    }
  }
)
