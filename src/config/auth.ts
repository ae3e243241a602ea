import type { PlatformEnv } from "./env"
import type { ModuleEntries } from "./modules"

/** The auth module with phone/OTP login (see plugins/phone-auth). */
export function authModules(_env: PlatformEnv): ModuleEntries {
  return []
}
