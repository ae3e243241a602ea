import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REFERRAL_MODULE, type ReferralDTO } from "../../../../../../modules/referral"
import type ReferralModuleService from "../../../../../../modules/referral/service"
import { presentReward } from "../presenters"
import type { ListReferralRewardsParamsType } from "../validators"

/** The caller's referral rewards: one line per customer they referred, and one if they were referred. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListReferralRewardsParamsType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { limit, offset } = req.validatedQuery as ListReferralRewardsParamsType
  const referrals: ReferralModuleService = req.scope.resolve(REFERRAL_MODULE)
  const [rows, count] = await referrals.listAndCountReferrals(
    { $or: [{ referrer_customer_id: customerId }, { referred_customer_id: customerId }] },
    { take: limit, skip: offset, order: { created_at: "DESC" } }
  )
  const rewards = (rows as unknown as ReferralDTO[]).map((row) => presentReward(row, customerId))
  res.json({ rewards, count, limit, offset })
}
