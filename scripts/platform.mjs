// @ts-check
// npm start | npm run dev | npm run seed: the whole platform from a fresh clone, nothing configured.
//   1. a database (DATABASE_URL, or an embedded PostgreSQL under .data/postgres)
//   2. what is not built yet (workspaces, then the app: start only; dev compiles on the fly)
//   3. the gateway/SMS simulator, unless ASOUD_SIMULATOR=false
//   4. migrations, then the idempotent demo seed
//   5. the Medusa server on PORT (9000), then the Persian storefront on STOREFRONT_PORT (8000) unless
//      ASOUD_STOREFRONT=false, until Ctrl-C; everything above is stopped with it
import { join } from "node:path"
import { MEDUSA_CLI, ROOT, loadEnvironment, log } from "./lib/env.mjs"
import { provideDatabase } from "./lib/database.mjs"
import { findFreePort, isPortFree, waitForHttp } from "./lib/ports.mjs"
import { handleSignals, onShutdown, run, shutdown, start } from "./lib/processes.mjs"
import { buildApp, buildWorkspaces } from "./lib/workspaces.mjs"
import { printBanner, readDemoSummary } from "./lib/banner.mjs"
import { clearRunRecord, recordRun, stopStaleRun } from "./lib/run-record.mjs"
import { STOREFRONT_PACKAGE, chooseStorefrontPort, startStorefront, storefrontEnabled } from "./lib/storefront.mjs"

const mode = process.argv[2] ?? "start"
if (!["start", "dev", "seed"].includes(mode)) {
  process.stderr.write(`usage: node scripts/platform.mjs start|dev|seed\n`)
  process.exit(2)
}

loadEnvironment()
handleSignals()

async function startSimulator() {
  if (process.env.ASOUD_SIMULATOR === "false" || process.env.SIMULATOR_URL) {
    return process.env.SIMULATOR_URL
  }
  const preferred = Number(process.env.SIMULATOR_PORT || 9100)
  const port = (await isPortFree(preferred)) ? preferred : await findFreePort(preferred + 1)
  const { startSimulator: startLocalSimulator } = await import("@asoud/simulator")
  const simulator = await startLocalSimulator({ port, host: "127.0.0.1" })
  onShutdown(() => simulator.close())
  return simulator.url
}

async function main() {
  stopStaleRun()
  const port = Number(process.env.PORT || 9000)
  if (mode !== "seed" && !(await isPortFree(port))) {
    throw new Error(`port ${port} is in use (another Medusa still running?). Stop it or set PORT.`)
  }
  const env = { ...process.env, PORT: String(port) }
  if (!env.JWT_SECRET || !env.COOKIE_SECRET) {
    // Lets the demo run with Medusa's development secrets; set both for anything real.
    env.ASOUD_DEMO = "true"
  }
  // A Secure session cookie never comes back over plain http, so the admin login would loop on
  // http://localhost. Served over https (MEDUSA_PUBLIC_URL), Medusa's secure default stays.
  const publicUrl = env.MEDUSA_PUBLIC_URL || `http://localhost:${port}`
  if (env.COOKIE_SECURE === undefined && publicUrl.startsWith("http:")) {
    env.COOKIE_SECURE = "false"
  }
  // Medusa logs every request at "http" level, one line each, which buries the banner; errors,
  // warnings and notices stay. LOG_LEVEL=http brings the request log back.
  env.LOG_LEVEL ||= "info"
  const withStorefront = mode !== "seed" && storefrontEnabled()
  const storefrontPort = withStorefront ? await chooseStorefrontPort() : undefined
  if (storefrontPort && !env.STOREFRONT_URLS) {
    // The bank's return may only redirect to an allow-listed storefront: this one.
    env.STOREFRONT_URLS = `http://localhost:${storefrontPort}`
  }

  env.DATABASE_URL = await provideDatabase({ folder: "postgres", database: "asoud" })
  // `next dev` compiles on the fly: only `npm start` needs the storefront's production build.
  await buildWorkspaces({ skip: withStorefront && mode === "start" ? [] : [STOREFRONT_PACKAGE] })
  const production = mode !== "dev"
  if (production) await buildApp()
  const appDir = production ? join(ROOT, ".medusa", "server") : ROOT
  const seedScript = production ? "./src/scripts/seed.js" : "./src/scripts/seed.ts"

  const simulatorUrl = mode === "seed" ? undefined : await startSimulator()
  if (simulatorUrl) env.SIMULATOR_URL = simulatorUrl

  log("applying migrations")
  await run(MEDUSA_CLI, ["db:migrate"], { cwd: appDir, env, quiet: true })
  log("seeding demo data (only what is missing)")
  const seedOutput = await run(MEDUSA_CLI, ["exec", seedScript], { cwd: appDir, env, quiet: true })
  const demo = readDemoSummary(seedOutput)
  if (mode === "seed") {
    printBanner({ demo, port, simulatorUrl })
    return shutdown(0)
  }

  const server = start(MEDUSA_CLI, [production ? "start" : "develop"], { cwd: appDir, env })
  recordRun({ server: server.pid })
  onShutdown(async () => clearRunRecord())
  let serverRunning = true
  server.once("exit", (code) => {
    serverRunning = false
    log(`the Medusa server exited (${code ?? "signal"})`)
    void shutdown(code ?? 1)
  })
  await waitForHttp(`http://localhost:${port}/health`, 180_000, () => serverRunning)

  let storefrontUrl
  if (storefrontPort) {
    const storefront = startStorefront({
      port: storefrontPort,
      backendUrl: `http://localhost:${port}`,
      publishableKey: demo.publishable_key,
      dev: !production,
    })
    recordRun({ server: server.pid, storefront: storefront.pid })
    let storefrontRunning = true
    storefront.once("exit", (code) => {
      storefrontRunning = false
      log(`the storefront exited (${code ?? "signal"})`)
    })
    storefrontUrl = `http://localhost:${storefrontPort}`
    await waitForHttp(`${storefrontUrl}/health`, 120_000, () => storefrontRunning)
  }
  printBanner({ demo, port, simulatorUrl, storefrontUrl })
}

main().catch((error) => {
  process.stderr.write(`\n[asoud] ${error instanceof Error ? error.message : error}\n`)
  void shutdown(1)
})
