import type { Client } from "../types"
import { AdminMarkets } from "./markets"
import { AdminSms } from "./sms"
import { AdminPricingTiers } from "./pricing-tiers"
import { AdminWalletApi } from "./wallet"

/** Admin routes, one class per area; each area adds itself here. */
export function createAdminApi(client: Client) {
  return {
    markets: new AdminMarkets(client),
    sms: new AdminSms(client),
    pricingTiers: new AdminPricingTiers(client),
    wallet: new AdminWalletApi(client),
  }
}

export type AsoudAdminApi = ReturnType<typeof createAdminApi>
