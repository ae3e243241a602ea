import type { StoreMarket } from "@asoud/js-sdk"

/** The market a host names: its custom domain, or `<subdomain>.<base domain>` (as the API resolves it). */
export function marketForHost(markets: StoreMarket[], host: string | null, baseDomain: string): StoreMarket | undefined {
  if (!host) return undefined
  const name = host.split(":")[0].toLowerCase()
  const byDomain = markets.find((m) => m.custom_domain?.toLowerCase() === name)
  if (byDomain) return byDomain
  const suffix = `.${baseDomain.toLowerCase()}`
  if (!name.endsWith(suffix)) return undefined
  const sub = name.slice(0, -suffix.length)
  return markets.find((m) => m.subdomain?.toLowerCase() === sub)
}
