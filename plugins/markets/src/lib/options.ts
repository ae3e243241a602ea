import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MemberRouteRule } from "./admin-allow-list"
import type { ResourceResolver } from "./resource-resolvers"

export const PLUGIN_NAME = "@asoud/markets"

/** Options of `@asoud/markets` in `medusa-config` (`plugins: [{ resolve: "@asoud/markets", options }]`). */
export type MarketsPluginOptions = {
  /** `<subdomain>.<baseDomain>` resolves a market by its subdomain (e.g. "asoud.ir"). */
  baseDomain?: string
  /** Extra admin routes market members may call (other plugins' routes), added to the defaults. */
  memberRoutes?: MemberRouteRule[]
  /** How to find the market of resources those routes name (`{ wallet: { entity, field, parent } }`). */
  memberResolvers?: Record<string, ResourceResolver>
  /** How long a process keeps its snapshot of markets for store/admin resolution. Default 5000 ms. */
  marketCacheTtlMs?: number
}

let cached: MarketsPluginOptions | undefined

/** Reads this plugin's options from the config module once per process. */
export function readPluginOptions(container: MedusaContainer): MarketsPluginOptions {
  if (cached) {
    return cached
  }
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find(
    (plugin) => typeof plugin !== "string" && plugin.resolve === PLUGIN_NAME
  )
  cached = (entry && typeof entry !== "string" ? entry.options : undefined) ?? {}
  return cached
}
