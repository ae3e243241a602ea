import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { REFERRAL_MODULE, type ReferralDTO } from "../../../modules/referral"
import type ReferralModuleService from "../../../modules/referral/service"
import type { AdminListReferralsParamsType } from "./validators"

const amount = (value: ReferralDTO["referrer_reward"]) => (value === null || value === undefined ? null : MathBN.convert(value).toNumber())

/** Every referral (platform admins): who referred whom, with which code, and what was paid for which order. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListReferralsParamsType>, res: MedusaResponse) => {
  const { status, customer_id, limit, offset } = req.validatedQuery as AdminListReferralsParamsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (customer_id) filters.$or = [{ referrer_customer_id: customer_id }, { referred_customer_id: customer_id }]
  const referrals: ReferralModuleService = req.scope.resolve(REFERRAL_MODULE)
  const [rows, count] = await referrals.listAndCountReferrals(filters, { take: limit, skip: offset, order: { created_at: "DESC" } })
  res.json({
    referrals: (rows as unknown as ReferralDTO[]).map((r) => ({
      ...r,
      referrer_reward: amount(r.referrer_reward),
      referred_reward: amount(r.referred_reward),
      referrer_reversed: amount(r.referrer_reversed ?? null),
      referred_reversed: amount(r.referred_reversed ?? null),
    })),
    count,
    limit,
    offset,
  })
}
