import Medusa, { type Config } from "@medusajs/js-sdk"
import { createAdminApi, type AsoudAdminApi } from "./admin"
import { createStoreApi, type AsoudStoreApi } from "./store"

export * from "./types"
// Storefront helpers that work without an SDK instance: send the shopper to the gateway, read the return.
export {
  gatewayRedirectHtml,
  gatewayRedirectOf,
  parseGatewayReturn,
  redirectToGateway,
  type GatewayPaymentSession,
  type GatewayRedirect,
  type GatewayReturnResult,
} from "./store/payments"
export type { AsoudAdminApi, AsoudStoreApi }
// The store areas' types, for storefronts (StoreMarket, StoreProductBreakTable, Wallet, ...).
export type * from "./store/affiliates"
export type * from "./admin/affiliates"
export type * from "./store/markets"
export type * from "./store/pricing-tiers"
export type * from "./store/wallet"
export type * from "./store/referrals"
export type { AdminReferral } from "./admin/referrals"

/**
 * Medusa's JS SDK plus Asoud's routes: `sdk.store.product.list()` works as in Medusa, and
 * `sdk.asoud.store.platform.retrieve()` reaches our own routes with the same key and auth.
 */
export class AsoudSdk extends Medusa {
  readonly asoud: { store: AsoudStoreApi; admin: AsoudAdminApi }

  constructor(config: Config) {
    super(config)
    this.asoud = { store: createStoreApi(this.client, this.auth), admin: createAdminApi(this.client) }
  }
}

export default AsoudSdk
