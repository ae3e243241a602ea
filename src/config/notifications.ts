import type { PlatformEnv } from "./env"
import type { ModuleEntries } from "./modules"

/** The notification module with its SMS providers (see plugins/sms). */
export function notificationModules(_env: PlatformEnv): ModuleEntries {
  return []
}
