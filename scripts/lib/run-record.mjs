// @ts-check
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { DATA_DIR, log } from "./env.mjs"
import { isAlive } from "./processes.mjs"

const RECORD = join(DATA_DIR, "platform-run.json")


/** @param {number} pid */
function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL")
  } catch {
    process.kill(pid, "SIGKILL")
  }
}

/**
 * A launcher killed with SIGKILL cannot stop its Medusa server and storefront, which run in their own
 * process groups and would keep their ports and database connections. The next start stops them.
 */
export function stopStaleRun() {
  if (!existsSync(RECORD)) return
  const { launcher, server, storefront } = JSON.parse(readFileSync(RECORD, "utf8"))
  if (!isAlive(launcher)) {
    if (server && isAlive(server)) {
      log(`stopping the Medusa server (pid ${server}) of an earlier run that was killed`)
      killGroup(server)
    }
    if (storefront && isAlive(storefront)) {
      log(`stopping the storefront (pid ${storefront}) of an earlier run that was killed`)
      killGroup(storefront)
    }
  }
  rmSync(RECORD, { force: true })
}

/** @param {{ server?: number, storefront?: number }} pids */
export function recordRun({ server, storefront }) {
  mkdirSync(DATA_DIR, { recursive: true })
  writeFileSync(RECORD, JSON.stringify({ launcher: process.pid, server, storefront }))
}

export function clearRunRecord() {
  rmSync(RECORD, { force: true })
}
