import { spawn, type ChildProcess } from "node:child_process"
import { join } from "node:path"
import { Client } from "pg"
import Redis from "ioredis"
import { startSimulator, type Simulator } from "@asoud/simulator"
import { freePort } from "../../helpers/ports"
import { payOnBank, sendReturn } from "../payments/browser"

// Issue #12.8: the scale-out contract. The production build as two HTTP servers
// (MEDUSA_WORKER_MODE=server) and one worker on one PostgreSQL and one Redis. The bank's return is
// sent 20 times at once, split across both servers, for each gateway and for a wallet top-up: one
// verify, one order (one credit), one capture. One set of processes serves every case (CI budget).
// It also proves that a split or production without REDIS_URL refuses to start.
jest.setTimeout(900_000)

const ROOT = join(__dirname, "..", "..", "..")
const APP_DIR = join(ROOT, ".medusa", "server")
const MEDUSA = join(ROOT, "node_modules", ".bin", "medusa")
const REDIS_URL = `${process.env.TEST_REDIS_URL || "redis://localhost:6379"}/8`
const DB_NAME = `asoud_scale_out_${process.pid}`
const DUPLICATES = 20
const RETURN_URL = "http://localhost:8000/checkout/result"

const dbServer = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
const databaseUrl = () =>
  `postgres://${dbServer.user}${dbServer.password ? `:${encodeURIComponent(dbServer.password)}` : ""}@${dbServer.host}:${dbServer.port}/${DB_NAME}`

async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = [], database = DB_NAME): Promise<T[]> {
  const client = new Client({ ...dbServer, database })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}

function runMedusa(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(MEDUSA, args, { cwd: APP_DIR, env, detached: true })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    // A process that should have refused to start but serves instead is stopped, and reported as running.
    const guard = setTimeout(() => {
      output += "\n[test] still running: stopped"
      try {
        process.kill(-child.pid!, "SIGTERM")
      } catch {
        // already gone
      }
    }, timeoutMs)
    child.once("exit", (code) => {
      clearTimeout(guard)
      resolve({ code, output })
    })
  })
}

async function mustRun(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { code, output } = await runMedusa(args, env)
  if (code !== 0) throw new Error(`medusa ${args[0]} failed:\n${output.slice(-3000)}`)
  return output
}

type Process = { child: ChildProcess; port: number; url: string }

async function startMedusa(mode: "server" | "worker", env: NodeJS.ProcessEnv, port = freePort()): Promise<Process> {
  const child = spawn(MEDUSA, ["start"], {
    cwd: APP_DIR,
    env: { ...env, MEDUSA_WORKER_MODE: mode, PORT: String(port), ...(mode === "worker" ? { DISABLE_MEDUSA_ADMIN: "true" } : {}) },
    detached: true,
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${mode} exited:\n${output.slice(-3000)}`)
    if (await fetch(`http://localhost:${port}/health`).then((r) => r.ok).catch(() => false)) {
      return { child, port, url: `http://localhost:${port}` }
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${mode} did not become healthy:\n${output.slice(-3000)}`)
}

function stop(p: Process | undefined): Promise<void> {
  if (!p || p.child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    p.child.once("exit", () => resolve())
    try {
      process.kill(-p.child.pid!, "SIGTERM")
    } catch {
      resolve()
    }
  })
}

describe("scale-out: two servers and a worker on one PostgreSQL and Redis (MEDUSA_WORKER_MODE)", () => {
  let simulator: Simulator
  const servers: Process[] = []
  let worker: Process | undefined
  let env: NodeJS.ProcessEnv
  let publishableKey: string

  beforeAll(async () => {
    const redis = new Redis(REDIS_URL)
    await redis.flushdb()
    await redis.quit()
    simulator = await startSimulator()
    await sql(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`, [], "postgres")
    await sql(`CREATE DATABASE ${DB_NAME}`, [], "postgres")
    const publicPort = freePort()
    env = {
      ...process.env,
      NODE_ENV: "production",
      JWT_SECRET: "scale-out-jwt-secret",
      COOKIE_SECRET: "scale-out-cookie-secret",
      DATABASE_URL: databaseUrl(),
      REDIS_URL,
      SIMULATOR_URL: simulator.url,
      MEDUSA_PUBLIC_URL: `http://localhost:${publicPort}`,
      STOREFRONT_URLS: "http://localhost:8000",
      LOG_LEVEL: "error",
    }
    delete env.NODE_OPTIONS
    delete env.PORT
    delete env.ASOUD_DEMO
    await mustRun(["db:migrate"], env)
    const seedOutput = await mustRun(["exec", "./src/scripts/seed.js"], env)
    publishableKey = JSON.parse(seedOutput.split("\n").find((l) => l.startsWith("ASOUD_DEMO "))!.slice(11)).publishable_key
    // The gateways return the browser to MEDUSA_PUBLIC_URL: the first server listens there.
    servers.push(await startMedusa("server", env, publicPort))
    servers.push(await startMedusa("server", env))
    worker = await startMedusa("worker", env)
  })

  afterAll(async () => {
    await stop(worker)
    await Promise.all(servers.map(stop))
    await simulator?.close()
    await sql(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`, [], "postgres").catch(() => undefined)
  })

  async function call(base: string, path: string, body?: object, token?: string) {
    const res = await fetch(`${base}${path}`, {
      method: body ? "POST" : "GET",
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": publishableKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const json = await res.json()
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }

  /** Sends one bank return 20 times at once, every other one to the second server. */
  async function returnsSplitAcrossServers(ret: Awaited<ReturnType<typeof payOnBank>>) {
    return Promise.all(
      Array.from({ length: DUPLICATES }, (_, i) => {
        const url = new URL(ret.url)
        url.port = String(servers[i % servers.length].port)
        return sendReturn({ ...ret, url: url.toString() })
      })
    )
  }

  const capturesOfSession = async (sessionId: string) =>
    Number(
      (await sql<{ n: string }>(`SELECT count(*) AS n FROM capture c JOIN payment p ON p.id = c.payment_id WHERE p.payment_session_id = $1 AND c.deleted_at IS NULL`, [sessionId]))[0].n
    )

  it.each([
    ["Zarinpal", "pp_zarinpal_zarinpal", "zarinpal", "verify"],
    ["Mellat", "pp_mellat_mellat", "mellat", "bpVerifyRequest"],
    ["Parsian", "pp_parsian_parsian", "parsian", "ConfirmPayment"],
  ])("%s: 20 concurrent duplicate returns over both servers give one verify, one order, one capture", async (_name, providerId, service, verify) => {
    const [a, b] = servers.map((s) => s.url)
    const { regions } = await call(a, "/store/regions")
    const { products } = await call(b, `/store/products?handle=lahijan-tea&fields=*variants`)
    const { cart } = await call(a, "/store/carts", {
      region_id: regions[0].id,
      email: "scale-out@example.com",
      items: [{ variant_id: products[0].variants[0].id, quantity: 1 }],
      shipping_address: { first_name: "سارا", last_name: "رضایی", address_1: "خیابان آزادی", city: "تهران", country_code: "ir", postal_code: "1234567890", phone: "09121110088" },
    })
    const { shipping_options } = await call(b, `/store/shipping-options?cart_id=${cart.id}`)
    await call(a, `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
    const { payment_collection } = await call(b, "/store/payment-collections", { cart_id: cart.id })
    const { payment_collection: withSession } = await call(a, `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: providerId,
      data: { return_url: RETURN_URL },
    })
    const session = withSession.payment_sessions[0]
    simulator.calls.clear()

    const results = await returnsSplitAcrossServers(await payOnBank(session.data.redirect, "pay"))
    const orderIds = new Set(results.map((r) => r.location.searchParams.get("order_id")))
    expect(results.map((r) => r.location.searchParams.get("status"))).toEqual(Array(DUPLICATES).fill("success"))
    expect(orderIds.size).toBe(1)
    const orders = await sql<{ order_id: string }>(`SELECT order_id FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL`, [cart.id])
    expect(orders.map((o) => o.order_id)).toEqual([...orderIds])
    expect(simulator.calls.list({ service, operation: verify })).toHaveLength(1)
    expect(await capturesOfSession(session.id)).toBe(1)
  })

  it("a wallet top-up: 20 concurrent duplicate returns over both servers credit the wallet once", async () => {
    const [a, b] = servers.map((s) => s.url)
    const email = `scale-out-${Date.now()}@example.com`
    const { token: registration } = await call(a, "/auth/customer/emailpass/register", { email, password: "scale-out-pass" })
    await call(b, "/store/customers", { email, first_name: "مینا" }, registration)
    const { token } = await call(a, "/auth/customer/emailpass", { email, password: "scale-out-pass" })
    const { top_up, payment_session } = await call(b, "/store/customers/me/wallet/top-ups", { amount: 5_000_000, provider_id: "pp_zarinpal_zarinpal", data: { return_url: RETURN_URL } }, token)
    simulator.calls.clear()

    const results = await returnsSplitAcrossServers(await payOnBank(payment_session.data.redirect, "pay"))
    expect(results.map((r) => r.location.searchParams.get("status"))).toEqual(Array(DUPLICATES).fill("success"))
    expect(simulator.calls.list({ service: "zarinpal", operation: "verify" })).toHaveLength(1)
    expect(await capturesOfSession(payment_session.id)).toBe(1)
    // The worker credits the wallet from the event; poll until it has, then make sure it stays once.
    const deadline = Date.now() + 60_000
    let status = ""
    while (Date.now() < deadline && status !== "credited") {
      await new Promise((r) => setTimeout(r, 1_000))
      status = (await call(a, `/store/customers/me/wallet/top-ups/${top_up.id}`, undefined, token)).top_up.status
    }
    expect(status).toBe("credited")
    await new Promise((r) => setTimeout(r, 3_000))
    const { wallet } = await call(b, "/store/customers/me/wallet?currency_code=irr", undefined, token)
    expect(Number(wallet.balance)).toBe(5_000_000)
  })

  it("refuses to start a server/worker split or a production server without REDIS_URL", async () => {
    const withoutRedis = { ...env, REDIS_URL: "" }
    for (const [mode, message] of [
      ["server", /MEDUSA_WORKER_MODE=server needs REDIS_URL/],
      ["worker", /MEDUSA_WORKER_MODE=worker needs REDIS_URL/],
      ["shared", /NODE_ENV=production needs REDIS_URL/],
    ] as const) {
      // `medusa start` as a deployment runs it; it must stop at once, before serving anything.
      const { code, output } = await runMedusa(["start"], { ...withoutRedis, MEDUSA_WORKER_MODE: mode, PORT: String(freePort()) }, 90_000)
      expect(output).not.toContain("[test] still running")
      expect(code).not.toBe(0)
      expect(output).toMatch(message)
    }
  })
})
