import type { Client } from "../types"

/** Admin routes, one class per area; each area adds itself here. */
export function createAdminApi(_client: Client) {
  return {}
}

export type AsoudAdminApi = ReturnType<typeof createAdminApi>
