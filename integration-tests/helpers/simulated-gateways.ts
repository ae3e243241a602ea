import { startSimulator, type Simulator } from "@asoud/simulator"
import { freePort } from "./ports"

export const STOREFRONT = "http://localhost:8000"

/**
 * Points the app of one test file at a simulator of its own: gateway and SMS URLs, the app's public
 * URL for bank returns, and the storefront allow-list. The HTTP runner loads medusa-config.ts before
 * it applies its `env` option, so the variables go into process.env in a beforeAll registered before
 * the runner's, and are restored afterwards. Pass `appEnv` to the runner too.
 */
export function simulatedGateways() {
  const appPort = freePort()
  const simulatorPort = freePort()
  const appEnv: Record<string, string> = {
    SIMULATOR_URL: `http://localhost:${simulatorPort}`,
    MEDUSA_PUBLIC_URL: `http://localhost:${appPort}`,
    PORT: String(appPort),
    STOREFRONT_URLS: STOREFRONT,
    GATEWAY_TIMEOUT_MS: "1500",
  }
  const previousEnv: Record<string, string | undefined> = {}
  let simulator: Simulator | undefined

  beforeAll(async () => {
    for (const [key, value] of Object.entries(appEnv)) {
      previousEnv[key] = process.env[key]
      process.env[key] = value
    }
    simulator = await startSimulator({ port: simulatorPort })
  })
  afterAll(async () => {
    for (const [key, value] of Object.entries(previousEnv)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    await simulator?.close()
  })

  return {
    appPort,
    simulatorPort,
    appEnv,
    simulator: (): Simulator => {
      if (!simulator) throw new Error("the simulator starts in beforeAll")
      return simulator
    },
  }
}
