import type { Client } from "../types"
import { StorePlatform } from "./platform"

/** Store routes, one class per area; each area adds itself here. */
export function createStoreApi(client: Client) {
  return {
    platform: new StorePlatform(client),
  }
}

export type AsoudStoreApi = ReturnType<typeof createStoreApi>
