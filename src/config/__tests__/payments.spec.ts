import { readPlatformEnv } from "../env"
import { gatewayPaymentProviders } from "../payments"

const zarinpal = (source: NodeJS.ProcessEnv) =>
  gatewayPaymentProviders(readPlatformEnv(source), source).find((entry) => entry.id === "zarinpal")?.options

describe("gatewayPaymentProviders: Zarinpal's unit", () => {
  it("counts in rials unless ZARINPAL_CURRENCY says tomans, with real credentials", () => {
    expect(zarinpal({ ZARINPAL_MERCHANT_ID: "m" })).toEqual(expect.objectContaining({ currency: "IRR" }))
    expect(zarinpal({ ZARINPAL_MERCHANT_ID: "m", ZARINPAL_CURRENCY: "IRT" })).toEqual(expect.objectContaining({ currency: "IRT" }))
  })

  it("honours ZARINPAL_CURRENCY against the simulator too, so the demo can be tried in tomans", () => {
    expect(zarinpal({ SIMULATOR_URL: "http://localhost:9100", ZARINPAL_CURRENCY: "IRT" })).toEqual(
      expect.objectContaining({ currency: "IRT", base_url: "http://localhost:9100" })
    )
  })
})
