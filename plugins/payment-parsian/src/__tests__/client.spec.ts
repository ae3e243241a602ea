import { startSimulator, type Simulator } from "@asoud/simulator"
import { ParsianClient } from "../client"

const PIN = "SIMPARSIANPIN7001"
let simulator: Simulator
let client: ParsianClient

beforeAll(async () => {
  simulator = await startSimulator()
  client = new ParsianClient({ pin: PIN, baseUrl: simulator.url, timeoutMs: 2_000 })
})
afterAll(() => simulator.close())
beforeEach(() => simulator.reset())

async function payAtBank(token: string, action = "pay"): Promise<Record<string, string>> {
  const page = await fetch(`${simulator.url}/NewIPG/pay`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ Token: token, action }).toString() })
  const html = await page.text()
  return Object.fromEntries([...html.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]))
}

describe("ParsianClient (PEC SOAP)", () => {
  it("sends SalePaymentRequest as requestData in the Sale namespace with its SOAPAction", async () => {
    let captured: { body: string; action: string | null } | undefined
    const realFetch = global.fetch
    const spy = jest.spyOn(global, "fetch").mockImplementation(async (input, init) => {
      captured = { body: String(init?.body), action: new Headers(init?.headers).get("soapaction") }
      return realFetch(input, init)
    })
    try {
      const result = await client.salePaymentRequest({ amount: 110_000, orderId: "1001", callBackUrl: "https://shop.example/cb", additionalData: "Order 1001", originator: "09121234567" })
      expect(result.status).toBe(0)
      expect(Number(result.token)).toBeGreaterThan(0)
    } finally {
      spy.mockRestore()
    }
    expect(captured!.action).toBe('"https://pec.Shaparak.ir/NewIPGServices/Sale/SaleService/SalePaymentRequest"')
    expect(captured!.body).toContain(
      '<SalePaymentRequest xmlns="https://pec.Shaparak.ir/NewIPGServices/Sale/SaleService"><requestData><LoginAccount>SIMPARSIANPIN7001</LoginAccount><Amount>110000</Amount><OrderId>1001</OrderId><CallBackUrl>https://shop.example/cb</CallBackUrl><AdditionalData>Order 1001</AdditionalData><Originator>09121234567</Originator></requestData></SalePaymentRequest>'
    )
  })

  it("refuses a repeated OrderId (-112) and a wrong PIN (-126)", async () => {
    await client.salePaymentRequest({ amount: 5_000, orderId: "7", callBackUrl: "https://shop.example/cb", additionalData: "" })
    expect((await client.salePaymentRequest({ amount: 5_000, orderId: "7", callBackUrl: "https://shop.example/cb", additionalData: "" })).status).toBe(-112)
    const wrong = new ParsianClient({ pin: "WRONG", baseUrl: simulator.url, timeoutMs: 2_000 })
    expect((await wrong.salePaymentRequest({ amount: 5_000, orderId: "8", callBackUrl: "https://shop.example/cb", additionalData: "" })).status).toBe(-126)
  })

  it("returns the browser with a lower-case status, confirms once (then -1533) and reverses", async () => {
    const { token } = await client.salePaymentRequest({ amount: 5_000, orderId: "9", callBackUrl: "https://shop.example/cb", additionalData: "" })
    const ret = await payAtBank(token)
    expect(ret).toEqual(expect.objectContaining({ Token: token, status: "0", OrderId: "9", Amount: "5000" }))
    const confirmed = await client.confirmPayment(token)
    expect(confirmed.status).toBe(0)
    expect(confirmed.rrn).toBe(ret.RRN)
    expect((await client.confirmPayment(token)).status).toBe(-1533)
    expect((await client.reversalRequest(token)).status).toBe(0)
    expect((await client.reversalRequest(token)).status).toBe(-1551)
  })

  it("reports a cancel as status -138 and refuses to confirm it", async () => {
    const { token } = await client.salePaymentRequest({ amount: 5_000, orderId: "10", callBackUrl: "https://shop.example/cb", additionalData: "" })
    expect((await payAtBank(token, "cancel")).status).toBe("-138")
    expect((await client.confirmPayment(token)).status).toBe(-1531)
  })
})
