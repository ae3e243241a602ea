import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REFERRAL_MODULE, type ReferralDTO } from "../../../../../modules/referral"
import type ReferralModuleService from "../../../../../modules/referral/service"
import { applyReferralCodeWorkflow, ensureReferralCodeWorkflow, readReferralOptions } from "../../../../../workflows/referral"
import { presentReferral } from "./presenters"
import type { ApplyReferralCodeType } from "./validators"

/** The caller's referral code (created on first ask), who referred them, and the programme's terms. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result: code } = await ensureReferralCodeWorkflow(req.scope).run({ input: { customer_id: customerId } })
  const referrals: ReferralModuleService = req.scope.resolve(REFERRAL_MODULE)
  const [referredBy] = await referrals.listReferrals({ referred_customer_id: customerId })
  const [, referredCount] = await referrals.listAndCountReferrals({ referrer_customer_id: customerId }, { take: 1 })
  const options = readReferralOptions(req.scope)
  res.json({
    referral: {
      code: code.code,
      referred_count: referredCount,
      referred_by: referredBy ? presentReferral(referredBy as unknown as ReferralDTO) : null,
      terms: {
        referrer_reward: options.referrerReward,
        referred_reward: options.referredReward,
        minimum_order: options.minimumOrder,
        currency_code: options.currencyCode,
      },
    },
  })
}

/** A new customer names the code of the customer who referred them (once, never their own). */
export const POST = async (req: AuthenticatedMedusaRequest<ApplyReferralCodeType>, res: MedusaResponse) => {
  const { result } = await applyReferralCodeWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, code: req.validatedBody.code, source: "store" },
  })
  res.status(201).json({ referral: presentReferral(result) })
}
