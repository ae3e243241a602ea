import type { Client } from "../types"
import { AdminAffiliates } from "./affiliates"
import { AdminMarkets } from "./markets"
import { AdminSms } from "./sms"
import { AdminPricingTiers } from "./pricing-tiers"
import { AdminWalletApi } from "./wallet"
import { AdminReferrals } from "./referrals"

/** Admin routes, one class per area; each area adds itself here. */
export function createAdminApi(client: Client) {
  return {
    affiliates: new AdminAffiliates(client),
    markets: new AdminMarkets(client),
    sms: new AdminSms(client),
    pricingTiers: new AdminPricingTiers(client),
    wallet: new AdminWalletApi(client),
    referrals: new AdminReferrals(client),
  }
}

export type AsoudAdminApi = ReturnType<typeof createAdminApi>
