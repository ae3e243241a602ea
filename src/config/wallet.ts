import type { PlatformEnv } from "./env"
import type { ProviderEntry } from "./modules"

/** The pay-with-wallet payment provider (see plugins/wallet). */
export function walletPaymentProviders(_env: PlatformEnv): ProviderEntry[] {
  return []
}
