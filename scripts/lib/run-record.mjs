// @ts-check
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { DATA_DIR, log } from "./env.mjs"
import { isAlive } from "./processes.mjs"

const RECORD = join(DATA_DIR, "platform-run.json")


/**
 * A launcher killed with SIGKILL cannot stop its Medusa server, which runs in its own process group
 * and would keep the port and its database connections. The next start stops it.
 */
export function stopStaleRun() {
  if (!existsSync(RECORD)) return
  const { launcher, server } = JSON.parse(readFileSync(RECORD, "utf8"))
  if (!isAlive(launcher) && server && isAlive(server)) {
    log(`stopping the Medusa server (pid ${server}) of an earlier run that was killed`)
    try {
      process.kill(-server, "SIGKILL")
    } catch {
      process.kill(server, "SIGKILL")
    }
  }
  rmSync(RECORD, { force: true })
}

/** @param {number | undefined} serverPid */
export function recordRun(serverPid) {
  mkdirSync(DATA_DIR, { recursive: true })
  writeFileSync(RECORD, JSON.stringify({ launcher: process.pid, server: serverPid }))
}

export function clearRunRecord() {
  rmSync(RECORD, { force: true })
}
