// @ts-check
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
export const DATA_DIR = join(ROOT, ".data")

/** Loads `.env` from the repository root (values already in the environment win), and turns off
 * Medusa's telemetry: this platform must work without internet. */
export function loadEnvironment() {
  const file = join(ROOT, ".env")
  if (existsSync(file)) {
    process.loadEnvFile(file)
  }
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.DO_NOT_TRACK = "1"
}

/** @param {string} message */
export function log(message) {
  process.stdout.write(`[asoud] ${message}\n`)
}
