import type { Client } from "../types"
import { StoreAffiliates } from "./affiliates"
import { StorePlatform } from "./platform"
import { StorePayments } from "./payments"
import { StoreMarkets } from "./markets"
import { StorePhoneAuth, type TokenLogin } from "./phone-auth"
import { StorePricingTiers } from "./pricing-tiers"
import { StoreWallet } from "./wallet"
import { StoreReferrals } from "./referrals"

/** Store routes, one class per area; each area adds itself here. `auth` is the SDK's `sdk.auth` (token storage). */
export function createStoreApi(client: Client, auth?: TokenLogin) {
  return {
    affiliates: new StoreAffiliates(client),
    platform: new StorePlatform(client),
    payments: new StorePayments(client),
    markets: new StoreMarkets(client),
    phoneAuth: new StorePhoneAuth(client, auth),
    pricingTiers: new StorePricingTiers(client),
    wallet: new StoreWallet(client),
    referrals: new StoreReferrals(client),
  }
}

export type AsoudStoreApi = ReturnType<typeof createStoreApi>
