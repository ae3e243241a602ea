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

/**
 * Medusa's JS SDK plus Asoud's routes: `sdk.store.product.list()` works as in Medusa, and
 * `sdk.asoud.store.platform.retrieve()` reaches our own routes with the same key and auth.
 */
export class AsoudSdk extends Medusa {
  readonly asoud: { store: AsoudStoreApi; admin: AsoudAdminApi }

  constructor(config: Config) {
    super(config)
    this.asoud = { store: createStoreApi(this.client), admin: createAdminApi(this.client) }
  }
}

export default AsoudSdk
