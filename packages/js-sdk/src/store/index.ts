import type { Client } from "../types"
import { StorePlatform } from "./platform"
import { StorePayments } from "./payments"
import { StoreMarkets } from "./markets"
import { StorePhoneAuth } from "./phone-auth"
import { StorePricingTiers } from "./pricing-tiers"
import { StoreWallet } from "./wallet"

/** Store routes, one class per area; each area adds itself here. */
export function createStoreApi(client: Client) {
  return {
    platform: new StorePlatform(client),
    payments: new StorePayments(client),
    markets: new StoreMarkets(client),
    phoneAuth: new StorePhoneAuth(client),
    pricingTiers: new StorePricingTiers(client),
    wallet: new StoreWallet(client),
  }
}

export type AsoudStoreApi = ReturnType<typeof createStoreApi>
