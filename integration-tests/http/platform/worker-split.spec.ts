import { spawn, type ChildProcess } from "node:child_process"
import { freePort } from "../../helpers/ports"
import { join } from "node:path"
import { Client } from "pg"
import Redis from "ioredis"
import { startSimulator, type Simulator } from "@asoud/simulator"

// Medusa's horizontal-scale mode, as a deployment runs it: the production build as two processes on
// one PostgreSQL and one Redis. The server (MEDUSA_WORKER_MODE=server) answers HTTP and only queues
// events; the worker (MEDUSA_WORKER_MODE=worker) runs the subscribers. An order placed while only the
// server runs sends no SMS; starting the worker delivers it from the queue.
jest.setTimeout(600_000)

const ROOT = join(__dirname, "..", "..", "..")
const APP_DIR = join(ROOT, ".medusa", "server")
const MEDUSA = join(ROOT, "node_modules", ".bin", "medusa")
// A Redis database of its own, emptied first, so no other suite's queued events reach this worker.
const REDIS_URL = `${process.env.TEST_REDIS_URL || "redis://localhost:6379"}/7`
const DB_NAME = `asoud_worker_split_${process.pid}`
const BUYER_PHONE = "09121110077"

const dbServer = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
const databaseUrl = () =>
  `postgres://${dbServer.user}${dbServer.password ? `:${encodeURIComponent(dbServer.password)}` : ""}@${dbServer.host}:${dbServer.port}/${DB_NAME}`

async function adminQuery(sql: string) {
  const client = new Client({ ...dbServer, database: "postgres" })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function runMedusa(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA, args, { cwd: APP_DIR, env })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`medusa ${args[0]} failed:\n${output.slice(-3000)}`))))
  })
}

type Process = { child: ChildProcess; port: number; output: () => string }

async function startMedusa(mode: "server" | "worker", env: NodeJS.ProcessEnv): Promise<Process> {
  const port = freePort()
  const child = spawn(MEDUSA, ["start"], {
    cwd: APP_DIR,
    env: { ...env, MEDUSA_WORKER_MODE: mode, PORT: String(port), ...(mode === "worker" ? { DISABLE_MEDUSA_ADMIN: "true" } : {}) },
    detached: true,
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${mode} exited:\n${output.slice(-3000)}`)
    const healthy = await fetch(`http://localhost:${port}/health`).then((r) => r.ok).catch(() => false)
    if (healthy) return { child, port, output: () => output }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${mode} did not become healthy:\n${output.slice(-3000)}`)
}

function stop(process_: Process | undefined): Promise<void> {
  if (!process_ || process_.child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    process_.child.once("exit", () => resolve())
    try {
      process.kill(-process_.child.pid!, "SIGTERM")
    } catch {
      resolve()
    }
  })
}

describe("server and worker processes (MEDUSA_WORKER_MODE) over PostgreSQL and Redis", () => {
  let simulator: Simulator
  let server: Process | undefined
  let worker: Process | undefined
  let env: NodeJS.ProcessEnv
  let publishableKey: string

  beforeAll(async () => {
    const redis = new Redis(REDIS_URL)
    await redis.flushdb()
    await redis.quit()
    simulator = await startSimulator()
    await adminQuery(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)
    await adminQuery(`CREATE DATABASE ${DB_NAME}`)
    env = { ...process.env, DATABASE_URL: databaseUrl(), REDIS_URL, SIMULATOR_URL: simulator.url, LOG_LEVEL: "error" }
    delete env.NODE_OPTIONS
    delete env.PORT
    await runMedusa(["db:migrate"], env)
    const seedOutput = await runMedusa(["exec", "./src/scripts/seed.js"], env)
    publishableKey = JSON.parse(seedOutput.split("\n").find((l) => l.startsWith("ASOUD_DEMO "))!.slice(11)).publishable_key
  })

  afterAll(async () => {
    await stop(worker)
    await stop(server)
    await simulator?.close()
    await adminQuery(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)
  })

  const outbox = async (): Promise<{ text: string }[]> =>
    (await (await fetch(`${simulator.url}/__sim/sms/outbox?to=${BUYER_PHONE}`)).json()).messages

  async function placeOrder(base: string) {
    const store = async (path: string, body?: object) => {
      const res = await fetch(`${base}${path}`, {
        method: body ? "POST" : "GET",
        headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
        body: body ? JSON.stringify(body) : undefined,
      })
      const json = await res.json()
      if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
      return json
    }
    const { regions } = await store("/store/regions")
    const { products } = await store(`/store/products?handle=lahijan-tea&fields=*variants`)
    const { cart } = await store("/store/carts", {
      region_id: regions[0].id,
      email: "worker-split@example.com",
      shipping_address: { first_name: "سارا", last_name: "رضایی", address_1: "خیابان آزادی", city: "تهران", country_code: "ir", postal_code: "1234567890", phone: BUYER_PHONE },
    })
    await store(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 })
    const { shipping_options } = await store(`/store/shipping-options?cart_id=${cart.id}`)
    await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
    const { payment_collection } = await store("/store/payment-collections", { cart_id: cart.id })
    await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const completed = await store(`/store/carts/${cart.id}/complete`, {})
    expect(completed.type).toBe("order")
    return completed.order as { display_id: number }
  }

  it("serves a checkout from the server alone, which queues the order event without handling it", async () => {
    server = await startMedusa("server", env)
    const order = await placeOrder(`http://localhost:${server.port}`)
    expect(order.display_id).toBeGreaterThan(0)
    // The server runs no subscribers: nothing may reach the customer while no worker runs.
    await new Promise((r) => setTimeout(r, 8_000))
    expect(await outbox()).toEqual([])
  })

  it("delivers the queued order SMS once a worker starts, without serving the dashboard", async () => {
    worker = await startMedusa("worker", env)
    const deadline = Date.now() + 120_000
    let messages: { text: string }[] = []
    while (Date.now() < deadline && messages.length === 0) {
      await new Promise((r) => setTimeout(r, 1_000))
      messages = await outbox()
    }
    expect(messages).toHaveLength(1)
    // A worker loads no routes: health for its orchestrator, nothing else.
    expect((await fetch(`http://localhost:${worker.port}/app`)).status).toBe(404)
    expect((await fetch(`http://localhost:${worker.port}/store/products`)).status).toBe(404)
  })
})
