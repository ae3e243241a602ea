import { MedusaService } from "@medusajs/framework/utils"
import { Referral, ReferralCode } from "./models"

/** Referral codes and referrals: CRUD only; the rules live in the referral workflows. */
export default class ReferralModuleService extends MedusaService({ Referral, ReferralCode }) {}
