// @ts-check
import { existsSync } from "node:fs"
import { join } from "node:path"
import { ROOT } from "./env.mjs"
import { findFreePort, isPortFree } from "./ports.mjs"
import { start } from "./processes.mjs"

export const STOREFRONT_DIR = join(ROOT, "apps", "storefront")
export const STOREFRONT_PACKAGE = "@asoud/storefront"
const NEXT_CLI = join(ROOT, "node_modules", ".bin", "next")

/** The Persian storefront runs beside the platform unless ASOUD_STOREFRONT=false. */
export function storefrontEnabled() {
  return process.env.ASOUD_STOREFRONT !== "false" && existsSync(join(STOREFRONT_DIR, "package.json"))
}

/**
 * STOREFRONT_PORT, default 8000 (the origin the payment return allow-list names by default). A busy
 * default moves to the next free port; a busy port that was asked for is an error.
 */
export async function chooseStorefrontPort() {
  const explicit = process.env.STOREFRONT_PORT
  const preferred = Number(explicit || 8000)
  if (await isPortFree(preferred)) return preferred
  if (explicit) throw new Error(`STOREFRONT_PORT ${preferred} is in use. Stop what uses it or choose another port.`)
  return findFreePort(preferred + 1)
}

/**
 * `next start` (or `next dev`) for the storefront, pointed at this platform with the demo's key.
 * @param {{ port: number, backendUrl: string, publishableKey: string | undefined, dev: boolean }} options
 */
export function startStorefront({ port, backendUrl, publishableKey, dev }) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    PORT: String(port),
    ASOUD_BACKEND_URL: backendUrl,
    ASOUD_PUBLISHABLE_KEY: process.env.ASOUD_PUBLISHABLE_KEY || publishableKey,
    NEXT_TELEMETRY_DISABLED: "1",
  }
  delete env.NODE_ENV
  return start(NEXT_CLI, [dev ? "dev" : "start", "--port", String(port)], { cwd: STOREFRONT_DIR, env })
}
