// @ts-check
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
/** Where the embedded PostgreSQL keeps its data; ASOUD_DATA_DIR moves it (tests use their own). */
export const DATA_DIR = process.env.ASOUD_DATA_DIR || join(ROOT, ".data")
/** The Medusa CLI by path: `npx medusa` inside .medusa/server (which has its own package.json)
 * would look for the CLI there and could try to download one. */
export const MEDUSA_CLI = join(ROOT, "node_modules", ".bin", "medusa")

/** Loads `.env` from the repository root (values already in the environment win), and turns off
 * Medusa's and Next.js' telemetry: this platform must work without internet. */
export function loadEnvironment() {
  const file = join(ROOT, ".env")
  if (existsSync(file)) {
    process.loadEnvFile(file)
  }
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.NEXT_TELEMETRY_DISABLED = "1"
  process.env.DO_NOT_TRACK = "1"
}

/** @param {string} message */
export function log(message) {
  process.stdout.write(`[asoud] ${message}\n`)
}
