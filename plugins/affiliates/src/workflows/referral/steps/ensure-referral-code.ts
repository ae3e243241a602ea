import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateReferralCode, REFERRAL_MODULE, type ReferralCodeDTO } from "../../../modules/referral"
import type ReferralModuleService from "../../../modules/referral/service"

export const ensureReferralCodeStepId = "ensure-referral-code"

const isUniqueViolation = (error: unknown) => /unique|already exists|duplicate/i.test(String((error as Error)?.message))

/** The customer's referral code, created on first use; a code taken by someone else is drawn again. */
export const ensureReferralCodeStep = createStep(
  ensureReferralCodeStepId,
  async (input: { customer_id: string }, { container }) => {
    const referrals: ReferralModuleService = container.resolve(REFERRAL_MODULE)
    for (let attempt = 0; attempt < 5; attempt++) {
      const [existing] = await referrals.listReferralCodes({ customer_id: input.customer_id })
      if (existing) {
        return new StepResponse(existing as ReferralCodeDTO, null as string | null)
      }
      try {
        const created = await referrals.createReferralCodes({ customer_id: input.customer_id, code: generateReferralCode() })
        return new StepResponse(created as ReferralCodeDTO, created.id as string | null)
      } catch (error) {
        // a concurrent request created this customer's code, or the random code is taken: read or draw again
        if (!isUniqueViolation(error)) {
          throw error
        }
      }
    }
    throw new Error(`Could not create a referral code for customer ${input.customer_id}`)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await container.resolve<ReferralModuleService>(REFERRAL_MODULE).deleteReferralCodes(createdId)
    }
  }
)
