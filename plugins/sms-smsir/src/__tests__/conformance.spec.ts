import { smsProviderConformance } from "@asoud/sms/conformance"
import { startSimulator, type Simulator } from "@asoud/simulator"
import { SmsIrSmsProvider } from "../service"

jest.setTimeout(30_000)

describe("SMS.ir passes the SMS provider conformance suite against the simulator", () => {
  let simulator: Simulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())

  const checks = smsProviderConformance({
    service: "smsir",
    get simulatorUrl() {
      return simulator.url
    },
    create: (options) => new SmsIrSmsProvider({}, { apiKey: "demo-key", lineNumber: "30004505000027", baseUrl: simulator.url, ...options }),
    otpTemplate: { id: "100000", params: { CODE: "code" } },
  })

  it.each(checks.map((check) => [check.name, check] as const))("%s", async (_, check) => {
    await check.run()
  })
})
