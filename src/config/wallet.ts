import type { PlatformEnv } from "./env"
import type { ProviderEntry } from "./modules"

/**
 * The pay-with-wallet payment provider (see plugins/wallet): `pp_wallet_wallet`. Its dependency on the
 * wallet module is lifted onto the payment module by `moduleWithProviders`.
 */
export function walletPaymentProviders(_env: PlatformEnv): ProviderEntry[] {
  return [{ resolve: "@asoud/wallet/providers/wallet", id: "wallet", dependencies: ["wallet"] }]
}
