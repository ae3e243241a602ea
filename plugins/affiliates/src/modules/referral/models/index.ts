export { Referral } from "./referral"
export { ReferralCode } from "./referral-code"
