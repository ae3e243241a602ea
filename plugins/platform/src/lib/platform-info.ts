export type InstalledPlugin = {
  name: string
  version: string
}

export type PlatformInfo = {
  name: string
  /** Asoud plugins this platform runs, so a storefront can switch features on or off. */
  plugins: InstalledPlugin[]
  /** The stored currency: amounts everywhere are in IRR; Toman is only a display unit. */
  currency_code: "irr"
}

type ConfiguredPlugin = string | { resolve?: string }

const ASOUD_SCOPE = "@asoud/"

/**
 * Lists the configured plugins of the Asoud scope. `readVersion` is injected so the listing stays a
 * pure function of the configuration.
 */
export function describePlatform(
  configured: ConfiguredPlugin[],
  readVersion: (packageName: string) => string | undefined
): PlatformInfo {
  const names = configured
    .map((entry) => (typeof entry === "string" ? entry : entry.resolve))
    .filter((name): name is string => !!name && name.startsWith(ASOUD_SCOPE))

  const plugins = [...new Set(names)]
    .sort()
    .map((name) => ({ name, version: readVersion(name) ?? "unknown" }))

  return { name: "Asoud Commerce", plugins, currency_code: "irr" }
}
