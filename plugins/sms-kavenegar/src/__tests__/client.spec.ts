import { startSimulator, type Simulator } from "@asoud/simulator"
import { KavenegarClient, kavenegarError } from "../client"

describe("Kavenegar wire protocol", () => {
  let simulator: Simulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset())

  it("puts the API key in the path and posts an urlencoded form", async () => {
    const client = new KavenegarClient({ apiKey: "my-key", baseUrl: simulator.url, timeoutMs: 2000 })
    const [entry] = await client.lookup({ receptor: "09121234567", template: "asoud-otp", tokens: { token: "482913" } })
    expect(entry.messageid).toBeGreaterThan(0)
    const [call] = simulator.calls.list({ service: "kavenegar", operation: "lookup" })
    expect(call.request).toEqual(expect.objectContaining({ apiKey: "my-key", receptor: "09121234567", template: "asoud-otp", token: "482913", type: "sms" }))
  })

  it("surfaces Kavenegar's own refusal of a token with a space (431) as a provider error", async () => {
    const client = new KavenegarClient({ apiKey: "my-key", baseUrl: simulator.url, timeoutMs: 2000 })
    await expect(client.lookup({ receptor: "09121234567", template: "t", tokens: { token: "a b" } })).rejects.toMatchObject({ kind: "rejected", providerCode: 431 })
  })

  it.each([
    [411, "invalid-recipient", false],
    [413, "invalid-request", false],
    [418, "out-of-credit", true],
    [409, "unavailable", true],
    [403, "auth", true],
    [424, "rejected", true],
  ])("maps return.status %i to %s (failover: %s)", (status, kind, failover) => {
    const error = kavenegarError(status, "x")
    expect(error.kind).toBe(kind)
    expect(error.allowsFailover).toBe(failover)
  })

  it("retries only 'server busy' (409), where Kavenegar took nothing", () => {
    expect(kavenegarError(409, "busy").retryable).toBe(true)
    expect(kavenegarError(418, "credit").retryable).toBe(false)
  })
})
