import type { PlatformEnv } from "./env"
import type { ProviderEntry } from "./modules"

/** Iranian gateway payment providers (see plugins/iran-payments). */
export function gatewayPaymentProviders(_env: PlatformEnv): ProviderEntry[] {
  return []
}
