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

// npm eats the first `--`, so `npm test -- http -- -t x` and `npm test http -- some.spec.ts` both arrive
// here as suite names followed by jest arguments: everything that is not a suite name goes to jest.
const argv = process.argv.slice(2)
const separator = argv.indexOf("--")
const leading = separator < 0 ? argv : argv.slice(0, separator)
const requested = leading.filter((a) => SUITES.includes(a))
const jestArgs = [...leading.filter((a) => !SUITES.includes(a)), ...(separator < 0 ? [] : argv.slice(separator + 1))]
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

/** @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTotalTestSuites: number, numFailedTestSuites: number, numRuntimeErrorTestSuites: number, failures: string[] }} JestSummary */

/** @typedef {{ status: string, fullName: string, failureMessages?: string[] }} JestAssertion */
/** @typedef {{ name: string, status: string, message?: string, assertionResults?: JestAssertion[] }} JestFileResult */

/** The first lines of a failure (what was expected and received), without jest's colours and stack. */
function firstLine(/** @type {string | undefined} */ text) {
  const lines = (text ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n").map((l) => l.trim())
  const message = lines.filter((l) => l && !l.startsWith("●")).slice(0, 4).filter((l) => !l.startsWith("at "))
  return message.join(" | ").slice(0, 300)
}

/**
 * One line per failed test (file › name: first line of the error), so the end of a long log (all a CI
 * page may show) still says what failed.
 * @param {{ testResults?: JestFileResult[] }} results
 */
function listFailures(results) {
  const root = process.cwd() + "/"
  return (results.testResults ?? []).flatMap((file) => {
    const name = file.name.replace(root, "")
    const failed = (file.assertionResults ?? []).filter((a) => a.status === "failed")
    if (!failed.length) return file.status === "failed" ? [`${name}: ${firstLine(file.message)}`] : []
    return failed.map((a) => `${name} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`)
  })
}

// The HTTP files run in this many jest processes side by side (integration-tests/sequencer.js splits
// them); each process still runs its files one at a time. 2 keeps both cores busy while one file waits on
// a gateway, a browser or PostgreSQL. A run narrowed with jest arguments stays in one process unless
// ASOUD_TEST_SHARDS says otherwise.
const HTTP_SHARDS = Math.max(1, Number(process.env.ASOUD_TEST_SHARDS || (jestArgs.length ? 1 : 2)))

/**
 * Runs one jest process over a suite (or one shard of it) and reads the results it wrote.
 * @param {string} suite @param {NodeJS.ProcessEnv} env @param {{ index: number, count: number }} shard
 * @returns {Promise<JestSummary>}
 */
async function runJest(suite, env, shard) {
  const outDir = mkdtempSync(join(tmpdir(), "asoud-jest-"))
  const outputFile = join(outDir, `${suite}.json`)
  const args = ["jest", "--ci", "--json", "--passWithNoTests", `--outputFile=${outputFile}`, ...jestArgs]
  // Each database suite file boots Medusa or a module on its own database: one at a time per process.
  if (DATABASE_SUITES.has(suite)) args.push("--runInBand", "--forceExit")
  if (shard.count > 1) args.push(`--shard=${shard.index}/${shard.count}`)
  const prefix = shard.count > 1 ? `[${suite} ${shard.index}/${shard.count}] ` : undefined
  let failed = false
  try {
    await run("npx", args, { env: { ...env, TEST_TYPE: suite }, prefix })
  } catch {
    failed = true
  }
  if (!existsSync(outputFile)) {
    // jest cannot write --json results when a failure holds a circular object (an AxiosError's
    // request and response): the failures are printed above, so count the run as failed and go on.
    if (failed) {
      log(`jest wrote no results for the ${suite} tests${prefix ? ` (${prefix.trim()})` : ""}; its failures are above`)
      const failures = [`${prefix ?? suite}: jest wrote no results (see its output)`]
      return { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0, numTotalTestSuites: 0, numFailedTestSuites: 1, numRuntimeErrorTestSuites: 0, failures }
    }
    throw new Error(`the ${suite} tests did not run (jest wrote no results)`)
  }
  const results = JSON.parse(readFileSync(outputFile, "utf8"))
  const summary = { ...results, failures: listFailures(results) }
  rmSync(outDir, { recursive: true, force: true })
  if (failed && summary.numFailedTests === 0 && summary.numFailedTestSuites === 0 && summary.numRuntimeErrorTestSuites === 0) {
    throw new Error(`jest failed in the ${suite} suite without a failing test (see above)`)
  }
  return summary
}

/** @param {string} suite @param {NodeJS.ProcessEnv} env @returns {Promise<JestSummary>} */
async function runSuite(suite, env) {
  const count = suite === "http" ? HTTP_SHARDS : 1
  log(`running the ${suite} tests${count > 1 ? ` in ${count} processes side by side` : ""}`)
  const shards = Array.from({ length: count }, (_, i) => ({ index: i + 1, count }))
  const summaries = await Promise.all(shards.map((shard) => runJest(suite, env, shard)))
  /** @type {(key: keyof JestSummary) => number} */
  const total = (key) => summaries.reduce((sum, s) => sum + s[key], 0)
  return {
    numPassedTests: total("numPassedTests"),
    numFailedTests: total("numFailedTests"),
    numPendingTests: total("numPendingTests"),
    numTotalTestSuites: total("numTotalTestSuites"),
    numFailedTestSuites: total("numFailedTestSuites"),
    numRuntimeErrorTestSuites: total("numRuntimeErrorTestSuites"),
    failures: summaries.flatMap((s) => s.failures),
  }
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
  /** @type {string[]} */
  const failures = []
  for (const suite of suites) {
    const summary = await runSuite(suite, env)
    passed += summary.numPassedTests
    failed += summary.numFailedTests
    skipped += summary.numPendingTests
    brokenFiles += summary.numRuntimeErrorTestSuites
    failures.push(...summary.failures)
    log(`${suite}: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed in ${summary.numTotalTestSuites} file(s)`)
  }
  if (brokenFiles) log(`${brokenFiles} test file(s) failed to run`)
  if (failures.length) process.stdout.write(`\nfailed:\n${failures.map((f) => `  ✕ ${f}`).join("\n")}\n`)
  process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  await shutdown(failed || brokenFiles ? 1 : 0)
}

main().catch((error) => {
  process.stderr.write(`\n[asoud] ${error instanceof Error ? error.message : error}\n`)
  void shutdown(1)
})

