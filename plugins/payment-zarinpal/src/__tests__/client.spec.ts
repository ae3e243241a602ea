import { startSimulator, type Simulator } from "@asoud/simulator"
import { GatewayTimeoutError } from "@asoud/iran-payments/provider"
import { ZarinpalClient } from "../client"

const MERCHANT_ID = "0b7c9f4e-3a1d-4e2f-9c8b-5d6a7e8f9a0b"
let simulator: Simulator
let client: ZarinpalClient

beforeAll(async () => {
  simulator = await startSimulator()
  client = new ZarinpalClient({ merchantId: MERCHANT_ID, baseUrl: simulator.url, timeoutMs: 1_000 })
})
afterAll(() => simulator.close())
beforeEach(() => simulator.reset())

async function paid(amount = 50_000): Promise<string> {
  const { data } = await client.request({ amount, currency: "IRR", description: "سفارش ۱", callback_url: "https://shop.example/cb?x=1" })
  const page = await fetch(client.startPayUrl(data.authority!), { redirect: "manual" })
  expect(page.status).toBe(200)
  await fetch(client.startPayUrl(data.authority!), { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "action=pay" })
  return data.authority!
}

describe("ZarinpalClient (REST v4)", () => {
  it("posts request.json as JSON with the merchant id and reads the authority from data", async () => {
    const result = await client.request({ amount: 11_000, currency: "IRR", description: "Order 1001", callback_url: "https://shop.example/cb", metadata: { mobile: "09121234567", order_id: "1001" } })
    expect(result.code).toBe(100)
    expect(result.data.authority).toMatch(/^A[0-9a-zA-Z]{35}$/)
    const [call] = simulator.calls.list({ service: "zarinpal", operation: "request" })
    expect(call.request).toEqual({ merchant_id: MERCHANT_ID, amount: 11_000, currency: "IRR", description: "Order 1001", callback_url: "https://shop.example/cb", metadata: { mobile: "09121234567", order_id: "1001" } })
  })

  it("reads errors.code from an error answer whatever its HTTP status", async () => {
    const result = await client.request({ amount: 10, currency: "IRR", description: "x", callback_url: "https://shop.example/cb" })
    expect(result.code).toBe(-9)
  })

  it("verifies with 100 once, then 101 (already verified) with the same ref_id", async () => {
    const authority = await paid()
    const first = await client.verify({ amount: 50_000, authority })
    const second = await client.verify({ amount: 50_000, authority })
    expect(first.code).toBe(100)
    expect(second.code).toBe(101)
    expect(second.data.ref_id).toBe(first.data.ref_id)
    expect(first.data.card_pan).toMatch(/\*{6}/)
  })

  it("answers -50 to a verify with another amount and -51 to an unpaid authority", async () => {
    const authority = await paid()
    expect((await client.verify({ amount: 49_000, authority })).code).toBe(-50)
    const { data } = await client.request({ amount: 50_000, currency: "IRR", description: "x", callback_url: "https://shop.example/cb" })
    expect((await client.verify({ amount: 50_000, authority: data.authority! })).code).toBe(-51)
  })

  it("tells paid-but-unverified payments apart with inquiry and unVerified, and reverses a verified one", async () => {
    const authority = await paid()
    expect((await client.inquiry(authority)).data.status).toBe("PAID")
    expect((await client.unverified()).data.authorities?.map((a) => a.authority)).toEqual([authority])
    await client.verify({ amount: 50_000, authority })
    expect((await client.inquiry(authority)).data.status).toBe("VERIFIED")
    expect((await client.reverse(authority)).code).toBe(100)
    expect((await client.inquiry(authority)).data.status).toBe("REVERSED")
  })

  it("gives up after its timeout with a GatewayTimeoutError", async () => {
    const authority = await paid()
    simulator.faults.arm("zarinpal", "verify", { kind: "timeout", value: 1_500, times: 1 })
    await expect(client.verify({ amount: 50_000, authority })).rejects.toBeInstanceOf(GatewayTimeoutError)
  })
})
