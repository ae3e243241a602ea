// @ts-check
// npm run bench: the production build on its own database (demo seed + BENCH_PRODUCTS generated
// products), driven by autocannon from a second process. Every route is reported as req/s, p50 and
// p99 latency, and as a throughput ratio against the vanilla Medusa route it names in `compareTo`.
//   BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 10), BENCH_PRODUCTS (default 500),
//   BENCH_ONLY (comma-separated areas, e.g. "vanilla,markets").
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { MEDUSA_CLI, ROOT, DATA_DIR, loadEnvironment, log } from "../scripts/lib/env.mjs"
import { canConnect, findFreePort, waitForHttp } from "../scripts/lib/ports.mjs"
import { databaseUrl, startEmbeddedPostgres } from "../scripts/lib/postgres.mjs"
import { handleSignals, onShutdown, run, shutdown, start } from "../scripts/lib/processes.mjs"
import { buildApp, buildWorkspaces } from "../scripts/lib/workspaces.mjs"
import { readDemoSummary } from "../scripts/lib/banner.mjs"
import pg from "pg"

/**
 * @typedef {{ baseUrl: string, publishableKey: string, regionId: string, productIds: string[],
 *   admin: (path: string, init?: { method?: string, body?: unknown }) => Promise<any>,
 *   store: (path: string, init?: { method?: string, body?: unknown, headers?: Record<string, string> }) => Promise<any> }} BenchContext
 * @typedef {{ name: string, method: string, path: string, paths?: string[], headers?: Record<string, string>, body?: unknown, compareTo?: string, connections?: number, baseUrl?: string,
 *   sequence?: { count: number, prepare: () => Promise<string> } }} BenchRoute
 *   `sequence`: a route that needs a fresh resource per request (e.g. completing a cart): `prepare`
 *   makes one outside the timing and returns its id for `:id` in `path`; requests run one at a time.
 * @typedef {{ area: string, setup?: (ctx: BenchContext) => Promise<unknown>, routes: (ctx: BenchContext, state: any) => BenchRoute[] }} Scenario
 */

const DURATION = Number(process.env.BENCH_DURATION || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const BENCH_DB = "asoud_bench"
const APP_DIR = join(ROOT, ".medusa", "server")

loadEnvironment()
handleSignals()

/** A fresh bench database on the local PostgreSQL when it answers, else an embedded one. */
async function provideBenchDatabase() {
  const local = { host: "localhost", port: Number(process.env.DB_PORT || 5432), user: process.env.DB_USERNAME || "postgres", password: process.env.DB_PASSWORD || "" }
  const server = (await canConnect(local.port)) ? local : await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "bench-postgres"), firstPort: 54360 })
  const client = new pg.Client({ ...server, database: "postgres" })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`)
  await client.query(`CREATE DATABASE ${BENCH_DB}`)
  await client.end()
  return databaseUrl(server, BENCH_DB)
}

/** @param {string} baseUrl @param {string} publishableKey */
async function makeContext(baseUrl, publishableKey) {
  /** @param {string} path @param {{ method?: string, body?: unknown, headers?: Record<string, string> }} [init] */
  const call = async (path, init = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: init.method ?? "GET",
      headers: { "content-type": "application/json", ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path} answered ${res.status}: ${text.slice(0, 300)}`)
    return text ? JSON.parse(text) : undefined
  }
  const { token } = await call("/auth/user/emailpass", {
    method: "POST",
    body: { email: process.env.ASOUD_ADMIN_EMAIL || "admin@asoud.local", password: process.env.ASOUD_ADMIN_PASSWORD || "asoud-admin" },
  })
  const storeHeaders = { "x-publishable-api-key": publishableKey }
  /** @type {BenchContext["store"]} */
  const store = (path, init = {}) => call(path, { ...init, headers: { ...storeHeaders, ...init.headers } })
  /** @type {BenchContext["admin"]} */
  const admin = (path, init = {}) => call(path, { ...init, headers: { authorization: `Bearer ${token}` } })
  const { regions } = await store("/store/regions")
  // Every generated product, so a scenario can move the whole bench catalogue (e.g. into a market)
  // and compare against vanilla on the same rows.
  /** @type {string[]} */
  const productIds = []
  for (let offset = 0; ; offset += 200) {
    const page = await store(`/store/products?limit=200&offset=${offset}&fields=id,handle&order=created_at`)
    productIds.push(...page.products.filter((/** @type {{handle: string}} */ p) => p.handle.startsWith("bench-")).map((/** @type {{id: string}} */ p) => p.id))
    if (offset + 200 >= page.count) break
  }
  return { baseUrl, publishableKey, regionId: regions[0].id, productIds, admin, store, storeHeaders }
}

/**
 * One request at a time on a fresh resource each (see BenchRoute.sequence): req/s is 1000 / mean ms.
 * @param {string} url @param {BenchRoute} route @param {Record<string, string>} storeHeaders
 */
async function measureSequence(url, route, storeHeaders) {
  const sequence = /** @type {NonNullable<BenchRoute["sequence"]>} */ (route.sequence)
  const headers = { ...(route.path.startsWith("/store") ? storeHeaders : {}), ...route.headers, "content-type": "application/json" }
  /** @type {number[]} */
  const times = []
  let failed = 0
  for (let i = 0; i < sequence.count; i++) {
    const id = await sequence.prepare()
    const started = performance.now()
    const res = await fetch(`${url}${route.path.replace(":id", id)}`, { method: route.method, headers, body: JSON.stringify(route.body ?? {}) })
    await res.arrayBuffer()
    times.push(performance.now() - started)
    if (!res.ok) failed++
  }
  const sorted = [...times].sort((a, b) => a - b)
  const at = (/** @type {number} */ q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))])
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length
  return {
    name: route.name,
    connections: 1,
    requests_per_second: Math.round((1000 / mean) * 100) / 100,
    p50_ms: at(0.5),
    p99_ms: at(0.99),
    non_2xx: failed,
    errors: 0,
    compare_to: route.compareTo,
  }
}

/** @param {string} url @param {BenchRoute} route @param {Record<string, string>} storeHeaders */
async function measure(url, route, storeHeaders) {
  if (route.sequence) return measureSequence(url, route, storeHeaders)
  const paths = route.paths ?? [route.path]
  const headers = { ...(paths[0].startsWith("/store") ? storeHeaders : {}), ...route.headers }
  if (route.body !== undefined) headers["content-type"] = "application/json"
  const connections = route.connections ?? CONNECTIONS
  const spec = { url, method: route.method, paths, headers, body: route.body, connections, duration: DURATION }
  const output = await run(process.execPath, [join(ROOT, "bench", "drive.mjs"), JSON.stringify(spec)], { quiet: true })
  const result = JSON.parse(output)
  return {
    name: route.name,
    connections,
    requests_per_second: Math.round(result.requests.average * 10) / 10,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    non_2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    compare_to: route.compareTo,
  }
}

async function loadScenarios() {
  const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim())
  const dir = join(ROOT, "bench", "scenarios")
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".mjs")).sort() : []
  /** @type {Scenario[]} */
  const scenarios = [(await import("./vanilla.mjs")).default]
  for (const file of files) scenarios.push((await import(pathToFileURL(join(dir, file)).href)).default)
  return scenarios.filter((s) => !only || only.includes(s.area))
}

async function main() {
  await buildWorkspaces()
  await buildApp()
  const env = { ...process.env, DATABASE_URL: await provideBenchDatabase(), NODE_ENV: "production", ASOUD_DEMO: "true", BENCH_PRODUCTS: process.env.BENCH_PRODUCTS || "500" }
  const { startSimulator } = await import("@asoud/simulator")
  const simulator = await startSimulator({ port: await findFreePort(9150) })
  onShutdown(() => simulator.close())
  env.SIMULATOR_URL = simulator.url

  log("migrating and seeding the bench database")
  await run(MEDUSA_CLI, ["db:migrate"], { cwd: APP_DIR, env, quiet: true })
  const demo = readDemoSummary(await run(MEDUSA_CLI, ["exec", "./src/scripts/seed.js"], { cwd: APP_DIR, env, quiet: true }))
  await run(MEDUSA_CLI, ["exec", "./src/scripts/bench-catalogue.js"], { cwd: APP_DIR, env, quiet: true })

  const port = await findFreePort(9200)
  env.PORT = String(port)
  const server = start(MEDUSA_CLI, ["start"], { cwd: APP_DIR, env, capture: true })
  let alive = true
  server.once("exit", () => (alive = false))
  const baseUrl = `http://localhost:${port}`
  await waitForHttp(`${baseUrl}/health`, 180_000, () => alive)
  const ctx = await makeContext(baseUrl, /** @type {string} */ (demo.publishable_key))

  const results = []
  /** @type {Map<string, BenchRoute>} */
  const baselines = new Map()
  for (const scenario of await loadScenarios()) {
    const state = scenario.setup ? await scenario.setup(ctx) : undefined
    for (const route of scenario.routes(ctx, state)) {
      // Vanilla routes, or a scenario's own earlier route (e.g. the API call a storefront page makes).
      baselines.set(route.name, route)
      // The machine's throughput drifts over a run, so a compared route is measured right after a
      // fresh measurement of its baseline, and its ratio is taken against that pair.
      const baseline = route.compareTo ? baselines.get(route.compareTo) : undefined
      if (route.compareTo && !baseline) throw new Error(`${route.name} compares to unknown route ${route.compareTo}`)
      const paired = baseline ? await measure(baseline.baseUrl ?? baseUrl, baseline, ctx.storeHeaders) : undefined
      log(`${scenario.area}: ${route.name}`)
      const measured = await measure(route.baseUrl ?? baseUrl, route, ctx.storeHeaders)
      results.push({
        area: scenario.area,
        ...measured,
        baseline_requests_per_second: paired?.requests_per_second,
        ratio: paired ? Math.round((measured.requests_per_second / paired.requests_per_second) * 100) / 100 : undefined,
      })
    }
  }
  const table = results

  const pad = (/** @type {unknown} */ v, /** @type {number} */ n) => String(v ?? "").padEnd(n)
  process.stdout.write(`\n${pad("area", 14)}${pad("route", 52)}${pad("req/s", 9)}${pad("p50 ms", 8)}${pad("p99 ms", 8)}${pad("non-2xx", 9)}ratio\n`)
  for (const r of table) {
    process.stdout.write(`${pad(r.area, 14)}${pad(r.name, 52)}${pad(r.requests_per_second, 9)}${pad(r.p50_ms, 8)}${pad(r.p99_ms, 8)}${pad(r.non_2xx, 9)}${r.ratio === undefined ? "" : `${r.ratio}x vs ${r.compare_to} (${r.baseline_requests_per_second} req/s just before)`}\n`)
  }
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true })
  const report = { measured_at: new Date().toISOString(), duration_s: DURATION, connections: CONNECTIONS, products: Number(env.BENCH_PRODUCTS), routes: table }
  writeFileSync(join(ROOT, "bench", "results", "latest.json"), `${JSON.stringify(report, null, 2)}\n`)
  log("wrote bench/results/latest.json")
  const failing = table.filter((r) => r.non_2xx > 0 || r.errors > 0)
  if (failing.length) {
    process.stderr.write(`\nroutes that answered errors (their numbers measure failures): ${failing.map((r) => r.name).join(", ")}\n`)
  }
  await shutdown(failing.length ? 1 : 0)
}

main().catch((error) => {
  process.stderr.write(`\n[bench] ${error instanceof Error ? error.stack : error}\n`)
  void shutdown(1)
})
