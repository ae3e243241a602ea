import { startSimulator, type Simulator } from "../../index"
import type { SimulatedService } from "../context"

const echoService: SimulatedService = {
  name: "echo",
  register: ({ router, calls, faults, clock }) => {
    router.on("POST", "/echo/:name", (req) => {
      const fault = faults.take("echo", "say")
      const response = fault ? { code: fault.value } : { said: req.params.name, body: req.body, at: clock.now() }
      calls.record({ service: "echo", operation: "say", request: req.body, response, at: clock.now() })
      return { body: response }
    })
  },
}

describe("simulator control API", () => {
  let simulator: Simulator

  beforeEach(async () => {
    simulator = await startSimulator({ services: [echoService] })
  })
  afterEach(() => simulator.close())

  const post = (path: string, body: object) =>
    fetch(`${simulator.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then((res) => res.json())

  it("routes with path params and logs each call for tests to read", async () => {
    await post("/echo/ali", { n: 1 })
    const { calls } = await fetch(`${simulator.url}/__sim/calls?service=echo`).then((r) => r.json())
    expect(calls).toEqual([
      expect.objectContaining({ seq: 1, service: "echo", operation: "say", request: { n: 1 } }),
    ])
  })

  it("applies an armed fault for exactly the number of times asked", async () => {
    await post("/__sim/faults", { service: "echo", operation: "say", kind: "code", value: -9, times: 1 })
    expect(await post("/echo/a", {})).toEqual({ code: -9 })
    expect(await post("/echo/a", {})).toEqual(expect.objectContaining({ said: "a" }))
  })

  it("moves the clock forward and refuses to move it back", async () => {
    const before = simulator.clock.now()
    const { now } = await post("/__sim/clock/advance", { ms: 20 * 60_000 })
    expect(now - before).toBeGreaterThanOrEqual(20 * 60_000)
    expect(() => simulator.clock.advance(-1)).toThrow(/forward/)
  })

  it("answers 404 with the method and path for an unknown endpoint", async () => {
    const res = await fetch(`${simulator.url}/nowhere`)
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: "no simulated endpoint for GET /nowhere" })
  })

  it("reset forgets calls, faults and clock offset", async () => {
    await post("/echo/a", {})
    simulator.faults.arm("echo", "say", { kind: "code", value: 1 })
    simulator.clock.advance(1000)
    await post("/__sim/reset", {})
    expect(simulator.calls.list()).toHaveLength(0)
    expect(simulator.faults.list()).toHaveLength(0)
    expect(Math.abs(simulator.clock.now() - Date.now())).toBeLessThan(500)
  })
})
