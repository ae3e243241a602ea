import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { CallLog } from "./core/call-log"
import { Clock } from "./core/clock"
import type { SimulatedService, SimulatorContext } from "./core/context"
import { FaultSwitches } from "./core/faults"
import { Router } from "./core/http"
import { services as defaultServices } from "./services"

export type { Fault } from "./core/faults"
export type { LoggedCall } from "./core/call-log"
export type { SimulatedService, SimulatorContext } from "./core/context"
export type { SimHandler, SimRequest, SimResponse } from "./core/http"

export type SimulatorOptions = {
  port?: number
  host?: string
  /** URL the browser uses to reach the simulator, when it differs from http://localhost:<port>. */
  publicUrl?: string
  services?: SimulatedService[]
}

export type Simulator = SimulatorContext & {
  url: string
  server: Server
  close: () => Promise<void>
  reset: () => void
}

function registerControlApi(context: SimulatorContext, reset: () => void): void {
  const { router, calls, clock, faults } = context
  router.on("GET", "/__sim/health", () => ({ body: { status: "ok" } }))
  router.on("GET", "/__sim/calls", (req) => ({
    body: {
      calls: calls.list({
        service: req.query.get("service") ?? undefined,
        operation: req.query.get("operation") ?? undefined,
      }),
    },
  }))
  router.on("DELETE", "/__sim/calls", () => {
    calls.clear()
    return { body: { cleared: true } }
  })
  router.on("GET", "/__sim/clock", () => ({ body: { now: clock.now() } }))
  router.on("POST", "/__sim/clock/advance", (req) => ({
    body: { now: clock.advance(Number(req.body?.ms)) },
  }))
  router.on("GET", "/__sim/faults", () => ({ body: { faults: faults.list() } }))
  router.on("POST", "/__sim/faults", (req) => {
    const { service, operation, kind, value, times } = req.body ?? {}
    if (typeof service !== "string" || typeof operation !== "string" || typeof kind !== "string") {
      return { status: 400, body: { error: "service, operation and kind are required" } }
    }
    faults.arm(service, operation, {
      kind,
      value: value as string | number | undefined,
      times: times === undefined ? undefined : Number(times),
    })
    return { body: { faults: faults.list() } }
  })
  router.on("DELETE", "/__sim/faults", () => {
    faults.clear()
    return { body: { faults: [] } }
  })
  router.on("POST", "/__sim/reset", () => {
    reset()
    return { body: { reset: true } }
  })
}

/** Starts the simulator; port 0 picks a free port. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const router = new Router()
  let url = ""
  const context: SimulatorContext = {
    router,
    clock: new Clock(),
    calls: new CallLog(),
    faults: new FaultSwitches(),
    baseUrl: () => url,
  }
  const services = options.services ?? defaultServices
  const reset = () => {
    context.calls.clear()
    context.faults.clear()
    context.clock.reset()
    services.forEach((service) => service.reset?.())
  }
  registerControlApi(context, reset)
  services.forEach((service) => service.register(context))

  const server = createServer((req, res) => {
    router.handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  })
  // A taken port rejects (EADDRINUSE) instead of crashing the process with an unhandled 'error'.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  url = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, "")

  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections()
      server.close((error) => (error ? reject(error) : resolve()))
    })
  return { ...context, url, server, close, reset }
}
