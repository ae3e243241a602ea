import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import type { PlatformEnv } from "./env"
import { phoneAuthPluginOptions } from "./auth"

type PluginEntry = { resolve: string; options: Record<string, unknown> }

/**
 * Medusa skips a plugin whose build output is missing without a word, so its routes quietly 404.
 * We refuse to start instead, and say how to build it.
 */
export function assertPluginBuilt(
  packageName: string,
  resolveManifest: (request: string) => string = require.resolve
): string {
  let packageDir: string
  try {
    packageDir = dirname(resolveManifest(`${packageName}/package.json`))
  } catch {
    throw new Error(
      `Plugin ${packageName} is not installed. Run "npm install" at the repository root.`
    )
  }
  if (!existsSync(join(packageDir, ".medusa", "server", "src"))) {
    throw new Error(
      `Plugin ${packageName} is not built (${join(packageDir, ".medusa/server")} is missing). ` +
        `Run "npm run build:workspaces" (or "npm run build -w ${packageName}") and start again.`
    )
  }
  return packageName
}

function plugin(packageName: string, options: Record<string, unknown> = {}): PluginEntry {
  return { resolve: assertPluginBuilt(packageName), options }
}

/** `@asoud/affiliates`' routes for market staff (read after the plugin is known to be built). */
function affiliateMemberRoutes(): readonly unknown[] {
  assertPluginBuilt("@asoud/affiliates")
  return (require("@asoud/affiliates/member-routes") as { AFFILIATE_MEMBER_ROUTES: readonly unknown[] }).AFFILIATE_MEMBER_ROUTES
}

/** The Asoud plugins this reference platform composes, with their options. */
export function asoudPlugins(env: PlatformEnv): PluginEntry[] {
  return [
    plugin("@asoud/platform", { storefrontUrls: env.storefrontUrls }),
    plugin("@asoud/iran-payments", { storefrontUrls: env.storefrontUrls }),
    plugin("@asoud/pricing-tiers", { saleMirrorJob: process.env.PRICING_TIERS_SALE_MIRROR_JOB !== "false" }),
    // `<subdomain>.localhost` resolves a market out of the box (browsers send *.localhost to this machine).
    plugin("@asoud/markets", {
      baseDomain: process.env.ASOUD_MARKETS_BASE_DOMAIN || "localhost",
      // Market staff see their own markets' affiliate commissions through the same isolation.
      memberRoutes: [...affiliateMemberRoutes()],
    }),
    plugin("@asoud/wallet"),
    // Approved affiliates buy at the marketer price tier.
    plugin("@asoud/affiliates", { marketerTier: "marketer" }),
    plugin("@asoud/sms"),
    plugin("@asoud/phone-auth", phoneAuthPluginOptions()),
  ]
}
