import { smsProviderConformance } from "@asoud/sms/conformance"
import { startSimulator, type Simulator } from "@asoud/simulator"
import { KavenegarSmsProvider } from "../service"

jest.setTimeout(30_000)

describe("Kavenegar passes the SMS provider conformance suite against the simulator", () => {
  let simulator: Simulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())

  const checks = smsProviderConformance({
    service: "kavenegar",
    get simulatorUrl() {
      return simulator.url
    },
    create: (options) => new KavenegarSmsProvider({}, { apiKey: "demo-key", baseUrl: simulator.url, ...options }),
    otpTemplate: { id: "asoud-otp", params: { token: "code" } },
  })

  it.each(checks.map((check) => [check.name, check] as const))("%s", async (_, check) => {
    await check.run()
  })
})
