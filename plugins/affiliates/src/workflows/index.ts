/** Public exports of @asoud/affiliates for the platform and other plugins (`@asoud/affiliates/workflows`). */
export * from "./affiliate"
export * from "./referral"
export { processAffiliateCommissions, type ProcessResult } from "../lib/process-commissions"
export { AFFILIATE_MODULE } from "../modules/affiliate"
export { CART_CODE_KEY, CART_TOKEN_KEY } from "../lib/attribution"
export { AffiliateEvents } from "../lib/events"
