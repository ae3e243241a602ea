import { startSimulator, type Simulator } from "@asoud/simulator"
import { SmsIrClient, smsIrError } from "../client"

describe("SMS.ir wire protocol", () => {
  let simulator: Simulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset())

  it("sends verify with x-api-key and a JSON body of named parameters", async () => {
    const client = new SmsIrClient({ apiKey: "my-key", baseUrl: simulator.url, timeoutMs: 2000 })
    const result = await client.verify({ mobile: "09121234567", templateId: 100000, parameters: [{ name: "CODE", value: "482913" }] })
    expect(result.messageId).toBeGreaterThan(0)
    const [call] = simulator.calls.list({ service: "smsir", operation: "verify" })
    expect(call.request).toEqual({ mobile: "09121234567", templateId: 100000, parameters: [{ name: "CODE", value: "482913" }] })
  })

  it("sends bulk texts from a line and returns one message id per mobile", async () => {
    const client = new SmsIrClient({ apiKey: "my-key", baseUrl: simulator.url, timeoutMs: 2000 })
    const result = await client.bulk({ lineNumber: 30004505000027, messageText: "سلام", mobiles: ["09121234567", "09351234567"] })
    expect(result.messageIds).toHaveLength(2)
  })

  it("refuses a wrong API key as an auth error", async () => {
    const client = new SmsIrClient({ apiKey: "invalid", baseUrl: simulator.url, timeoutMs: 2000 })
    await expect(client.bulk({ lineNumber: 1, messageText: "x", mobiles: ["09121234567"] })).rejects.toMatchObject({ kind: "auth" })
  })

  it("classifies answers: credit → out-of-credit, 429 → retryable, 5xx → unavailable", () => {
    expect(smsIrError(400, { status: 0, message: "اعتبار کافی نیست" }).kind).toBe("out-of-credit")
    expect(smsIrError(429, { status: 0, message: "throttled" }).retryable).toBe(true)
    expect(smsIrError(503, undefined).kind).toBe("unavailable")
    expect(smsIrError(400, { status: 0, message: "خط غیرفعال است" }).kind).toBe("rejected")
  })
})
