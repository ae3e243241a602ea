import { startSimulator, type Simulator } from "@asoud/simulator"
import { SmsFailoverProviderService } from "../service"

jest.setTimeout(30_000)

describe("the sms-failover provider against the simulator", () => {
  let simulator: Simulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset())

  const logger = { warn: () => undefined, info: () => undefined } as never
  const create = (perNumber = { points: 10, durationSeconds: 600 }) =>
    new SmsFailoverProviderService({ logger }, {
      perNumber,
      providers: [
        { resolve: "@asoud/sms-kavenegar", id: "kavenegar", options: { apiKey: "k", baseUrl: simulator.url, retries: 0 } },
        { resolve: "@asoud/sms-smsir", id: "smsir", options: { apiKey: "k", lineNumber: "3000", baseUrl: simulator.url, retries: 0 } },
      ],
    })
  const send = (provider: SmsFailoverProviderService, to: string) =>
    provider.send({ to, channel: "sms", template: "text", data: { text: "سلام" } } as never)

  it("uses the first provider when it works", async () => {
    expect((await send(create(), "09120000001")).id).toMatch(/^kavenegar:/)
  })

  it("falls through to the next provider when the first is out of credit", async () => {
    simulator.faults.arm("kavenegar", "*", { kind: "credit", times: 1 })
    expect((await send(create(), "09120000002")).id).toMatch(/^smsir:/)
  })

  it("reports every provider's failure when all fail", async () => {
    simulator.faults.arm("kavenegar", "*", { kind: "credit", times: 1 })
    simulator.faults.arm("smsir", "*", { kind: "down", times: 1 })
    await expect(send(create(), "09120000003")).rejects.toMatchObject({ kind: "unavailable", message: expect.stringMatching(/418.*HTTP 503/s) })
  })

  it("never fails over on an invalid number", async () => {
    await expect(send(create(), "12345")).rejects.toThrow(/not an Iranian mobile/)
    expect(simulator.calls.list()).toHaveLength(0)
  })

  it("limits SMS per number, whatever format the number is written in", async () => {
    const provider = create({ points: 2, durationSeconds: 600 })
    await send(provider, "09120000004")
    await send(provider, "+98 912 000 0004")
    await expect(send(provider, "۰۹۱۲۰۰۰۰۰۰۴")).rejects.toMatchObject({ kind: "rate-limited" })
    expect((await send(provider, "09120000005")).id).toMatch(/^kavenegar:/)
  })
})
