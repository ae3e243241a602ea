// @ts-check
// npm test [unit|modules|http ...] [-- jest args]: every suite by default.
//   unit     pure logic beside the code, no database
//   modules  each module against a real PostgreSQL
//   http     the platform's HTTP API against a real PostgreSQL
// PostgreSQL: the local service (DB_HOST/DB_PORT, default localhost:5432) when it answers, else an
// embedded one under .data/test-postgres, started here and stopped at the end.
import { join } from "node:path"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { DATA_DIR, loadEnvironment, log } from "./lib/env.mjs"
import { canConnect } from "./lib/ports.mjs"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { handleSignals, run, shutdown } from "./lib/processes.mjs"
import { buildWorkspaces } from "./lib/workspaces.mjs"

const SUITES = ["unit", "modules", "http"]
const DATABASE_SUITES = new Set(["modules", "http"])

const argv = process.argv.slice(2)
const separator = argv.indexOf("--")
const requested = (separator < 0 ? argv : argv.slice(0, separator)).filter((a) => SUITES.includes(a))
const jestArgs = separator < 0 ? [] : argv.slice(separator + 1)
const suites = requested.length ? requested : SUITES

loadEnvironment()
handleSignals()

/** Points the test runners (which read DB_* and, for some drops, PGPORT) at a PostgreSQL. */
async function providePostgres() {
  const host = process.env.DB_HOST || "localhost"
  const port = Number(process.env.DB_PORT || 5432)
  if (await canConnect(port, host === "localhost" ? "127.0.0.1" : host)) {
    log(`using the PostgreSQL at ${host}:${port}`)
    // @medusajs/test-utils turns SSL on for any host but the literal "localhost".
    return { DB_HOST: host === "127.0.0.1" ? "localhost" : host, DB_PORT: String(port), DB_USERNAME: process.env.DB_USERNAME || "postgres", DB_PASSWORD: process.env.DB_PASSWORD ?? "" }
  }
  log(`no PostgreSQL at ${host}:${port}; starting an embedded one`)
  const server = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "test-postgres"), firstPort: 54340 })
  return { DB_HOST: "localhost", DB_PORT: String(server.port), DB_USERNAME: server.user, DB_PASSWORD: server.password, PGPORT: String(server.port) }
}

/** @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTotalTestSuites: number, numFailedTestSuites: number, numRuntimeErrorTestSuites: number }} JestSummary */

/** @param {string} suite @param {NodeJS.ProcessEnv} env @returns {Promise<JestSummary>} */
async function runSuite(suite, env) {
  log(`running the ${suite} tests`)
  const outDir = mkdtempSync(join(tmpdir(), "asoud-jest-"))
  const outputFile = join(outDir, `${suite}.json`)
  const args = ["jest", "--ci", "--json", "--passWithNoTests", `--outputFile=${outputFile}`, ...jestArgs]
  // Each database suite file boots Medusa or a module on its own database; one at a time keeps the
  // two cores for the test itself and the logs readable.
  if (DATABASE_SUITES.has(suite)) args.push("--runInBand", "--forceExit")
  let failed = false
  try {
    await run("npx", args, { env: { ...env, TEST_TYPE: suite } })
  } catch {
    failed = true
  }
  if (!existsSync(outputFile)) {
    throw new Error(`the ${suite} tests did not run (jest wrote no results)`)
  }
  const summary = JSON.parse(readFileSync(outputFile, "utf8"))
  rmSync(outDir, { recursive: true, force: true })
  if (failed && summary.numFailedTests === 0 && summary.numFailedTestSuites === 0 && summary.numRuntimeErrorTestSuites === 0) {
    throw new Error(`jest failed in the ${suite} suite without a failing test (see above)`)
  }
  return summary
}

async function main() {
  await buildWorkspaces()
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim() }
  // The HTTP runner serves on process.env.PORT when set: a developer's PORT would make suites collide.
  delete env.PORT
  // Medusa logs every migration and request at info; keep the test output to what went wrong.
  env.LOG_LEVEL = process.env.LOG_LEVEL || "error"
  if (suites.some((s) => DATABASE_SUITES.has(s))) Object.assign(env, await providePostgres())
  // Suites that prove the Redis paths (locks, limits, server/worker split) read TEST_REDIS_URL;
  // REDIS_URL itself stays unset so every other suite runs on Medusa's in-memory modules.
  const redis = new URL(process.env.TEST_REDIS_URL || "redis://localhost:6379")
  if (await canConnect(Number(redis.port || 6379), redis.hostname === "localhost" ? "127.0.0.1" : redis.hostname)) {
    env.TEST_REDIS_URL = redis.toString().replace(/\/$/, "")
  } else {
    log(`no Redis at ${redis.host}: the Redis suites will fail (start redis-server or set TEST_REDIS_URL)`)
  }
  delete env.REDIS_URL

  let passed = 0, failed = 0, skipped = 0, brokenFiles = 0
  for (const suite of suites) {
    const summary = await runSuite(suite, env)
    passed += summary.numPassedTests
    failed += summary.numFailedTests
    skipped += summary.numPendingTests
    brokenFiles += summary.numRuntimeErrorTestSuites
    log(`${suite}: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed in ${summary.numTotalTestSuites} file(s)`)
  }
  if (brokenFiles) log(`${brokenFiles} test file(s) failed to run`)
  process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  await shutdown(failed || brokenFiles ? 1 : 0)
}

main().catch((error) => {
  process.stderr.write(`\n[asoud] ${error instanceof Error ? error.message : error}\n`)
  void shutdown(1)
})

