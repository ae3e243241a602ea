/**
 * Everything the storefront reads from its environment, read at request time (never inlined at build
 * time), so one production build serves any backend, key or market.
 */
export type StorefrontConfig = {
  /** Where this server reaches the Medusa store API. */
  backendUrl: string
  /** The publishable key: the marketplace's, or one market's own key (a single-market shop). */
  publishableKey: string | undefined
  /** Pin the storefront to one market by handle (`x-market`); otherwise the host name may pick one. */
  market: string | undefined
  /** This storefront's public origin, for the bank's return URL; otherwise taken from the request. */
  publicUrl: string | undefined
}

export function readConfig(source: NodeJS.ProcessEnv = process.env): StorefrontConfig {
  return {
    backendUrl: (source.ASOUD_BACKEND_URL || source.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/$/, ""),
    publishableKey: source.ASOUD_PUBLISHABLE_KEY || source.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY || undefined,
    market: source.ASOUD_MARKET || undefined,
    publicUrl: source.ASOUD_STOREFRONT_URL?.replace(/\/$/, "") || undefined,
  }
}
