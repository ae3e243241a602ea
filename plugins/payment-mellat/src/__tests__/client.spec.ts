import { startSimulator, type Simulator } from "@asoud/simulator"
import { MellatClient, mellatMobile, tehranLocalDateTime } from "../client"

const TERMINAL = { terminalId: 7001, userName: "asoud-demo", userPassword: "sim-mellat-secret" }
let simulator: Simulator
let client: MellatClient

beforeAll(async () => {
  simulator = await startSimulator()
  client = new MellatClient({ ...TERMINAL, soapUrl: `${simulator.url}/pgwchannel/services/pgw`, timeoutMs: 2_000 })
})
afterAll(() => simulator.close())
beforeEach(() => simulator.reset())

async function payAtBank(refId: string): Promise<Record<string, string>> {
  const form = new URLSearchParams({ RefId: refId, action: "pay" }).toString()
  const page = await fetch(`${simulator.url}/pgwchannel/startpay.mellat/pay`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form })
  const html = await page.text()
  return Object.fromEntries([...html.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]))
}

describe("MellatClient (Behpardakht SOAP)", () => {
  it("sends bpPayRequest in the interfaces namespace with unqualified children, an empty SOAPAction, Tehran date and time", async () => {
    let captured: { body: string; action: string | null } | undefined
    const realFetch = global.fetch
    const spy = jest.spyOn(global, "fetch").mockImplementation(async (input, init) => {
      captured = { body: String(init?.body), action: new Headers(init?.headers).get("soapaction") }
      return realFetch(input, init)
    })
    try {
      const result = await client.payRequest({ orderId: "1700000000000123", amount: 110_000, callBackUrl: "https://shop.example/cb", additionalData: "Order 1001", mobileNo: "989121234567", now: new Date("2023-07-15T06:50:03Z") })
      expect(result.resCode).toBe("0")
      expect(result.refId).toMatch(/^[0-9a-fA-F]{20}$/)
    } finally {
      spy.mockRestore()
    }
    expect(captured!.action).toBe('""')
    expect(captured!.body).toContain('xmlns:ns1="http://interfaces.core.sw.bps.com/"')
    expect(captured!.body).toContain(
      "<ns1:bpPayRequest><terminalId>7001</terminalId><userName>asoud-demo</userName><userPassword>sim-mellat-secret</userPassword><orderId>1700000000000123</orderId><amount>110000</amount><localDate>20230715</localDate><localTime>102003</localTime><additionalData>Order 1001</additionalData><callBackUrl>https://shop.example/cb</callBackUrl><payerId>0</payerId><mobileNo>989121234567</mobileNo></ns1:bpPayRequest>"
    )
  })

  it("reads a bare ResCode when the request is refused (41: duplicate orderId; 24: wrong credentials)", async () => {
    await client.payRequest({ orderId: "42", amount: 1_000, callBackUrl: "https://shop.example/cb", additionalData: "" })
    expect(await client.payRequest({ orderId: "42", amount: 1_000, callBackUrl: "https://shop.example/cb", additionalData: "" })).toEqual({ resCode: "41", refId: undefined })
    const wrong = new MellatClient({ ...TERMINAL, userPassword: "nope", soapUrl: `${simulator.url}/pgwchannel/services/pgw`, timeoutMs: 2_000 })
    expect((await wrong.payRequest({ orderId: "43", amount: 1_000, callBackUrl: "https://shop.example/cb", additionalData: "" })).resCode).toBe("24")
  })

  it("verifies (0, then 43), settles (0, then 45), and reports 48 after a reversal", async () => {
    const { refId } = await client.payRequest({ orderId: "100", amount: 5_000, callBackUrl: "https://shop.example/cb", additionalData: "" })
    const ret = await payAtBank(refId!)
    expect(ret).toEqual(expect.objectContaining({ RefId: refId, ResCode: "0", SaleOrderId: "100", FinalAmount: "5000" }))
    const ref = { orderId: "100", saleOrderId: "100", saleReferenceId: ret.SaleReferenceId }
    expect(await client.verify(ref)).toBe("0")
    expect(await client.verify(ref)).toBe("43")
    expect(await client.inquiry(ref)).toBe("0")
    expect(await client.settle(ref)).toBe("0")
    expect(await client.settle(ref)).toBe("45")
    expect(await client.reversal(ref)).toBe("0")
    expect(await client.verify(ref)).toBe("48")
  })

  it("gets 48 from a verify sent more than 20 minutes after payment (the bank reversed it)", async () => {
    const { refId } = await client.payRequest({ orderId: "200", amount: 5_000, callBackUrl: "https://shop.example/cb", additionalData: "" })
    const ret = await payAtBank(refId!)
    simulator.clock.advance(21 * 60_000)
    expect(await client.verify({ orderId: "200", saleOrderId: "200", saleReferenceId: ret.SaleReferenceId })).toBe("48")
  })

  it("formats Mellat's mobile and Tehran time", () => {
    expect(mellatMobile("09121234567")).toBe("989121234567")
    expect(mellatMobile("123")).toBeUndefined()
    expect(tehranLocalDateTime(new Date("2024-01-01T20:45:00Z"))).toEqual({ localDate: "20240102", localTime: "001500" })
  })
})
