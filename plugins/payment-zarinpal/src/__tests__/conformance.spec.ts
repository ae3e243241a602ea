import { startSimulator, type Simulator } from "@asoud/simulator"
import { describeGatewayConformance } from "@asoud/iran-payments/conformance"
import ZarinpalProviderService from "../service"

const MERCHANT_ID = "0b7c9f4e-3a1d-4e2f-9c8b-5d6a7e8f9a0b"
let simulator: Simulator

beforeAll(async () => {
  simulator = await startSimulator()
})
afterAll(() => simulator.close())

describeGatewayConformance({
  name: "Zarinpal",
  providerClass: ZarinpalProviderService,
  createProvider: (kit) => new ZarinpalProviderService({}, { ...kit, merchant_id: MERCHANT_ID, base_url: simulator.url }),
  secrets: [MERCHANT_ID],
  armAmountMismatch: (amount) => simulator.faults.arm("zarinpal", "pay", { kind: "amount", value: amount, times: 1 }),
  armLostReversal: () => simulator.faults.arm("zarinpal", "reverse", { kind: "reset", times: 1 }),
})

describe("Zarinpal in Toman", () => {
  it("requests and verifies in IRT with integers only, keeping the session in IRR", async () => {
    const provider = new ZarinpalProviderService({}, { callback_base_url: "https://api.shop.example", storefront_urls: ["https://shop.example"], merchant_id: MERCHANT_ID, base_url: simulator.url, currency: "IRT" })
    const { data } = await provider.initiatePayment({ amount: 1_250_000, currency_code: "irr", data: { session_id: "payses_irt", return_url: "https://shop.example/" } })
    expect(data).toEqual(expect.objectContaining({ amount: 1_250_000, gateway_amount: 125_000, gateway_unit: "IRT" }))
    const [request] = simulator.calls.list({ service: "zarinpal", operation: "request" }).slice(-1)
    expect(request.request).toEqual(expect.objectContaining({ amount: 125_000, currency: "IRT" }))
    await expect(
      provider.initiatePayment({ amount: 1_250_005, currency_code: "irr", data: { session_id: "payses_odd", return_url: "https://shop.example/" } })
    ).rejects.toThrow(/whole number of Toman/)
  })
})
