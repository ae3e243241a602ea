import { authModules } from "../auth"
import { readPlatformEnv } from "../env"

const logsCodes = (source: NodeJS.ProcessEnv) => {
  const [auth] = authModules(readPlatformEnv(source), source)
  const providers = (auth.options as { providers: { id: string; options?: { logCodes?: boolean } }[] }).providers
  return providers.find((provider) => provider.id === "phone-otp")?.options?.logCodes
}

describe("authModules: where a phone login code may be printed", () => {
  it("prints codes in the npm start demo, whose SMS all go to the local simulator", () => {
    expect(logsCodes({ NODE_ENV: "production", ASOUD_DEMO: "true", SIMULATOR_URL: "http://127.0.0.1:9100" })).toBe(true)
  })

  it("prints codes in development", () => {
    expect(logsCodes({ NODE_ENV: "development" })).toBe(true)
  })

  it("never prints codes in production with real SMS, in a demo without the simulator, or in tests", () => {
    expect(logsCodes({ NODE_ENV: "production", REDIS_URL: "redis://localhost:6379", JWT_SECRET: "j", COOKIE_SECRET: "c" })).toBe(false)
    expect(logsCodes({ NODE_ENV: "production", ASOUD_DEMO: "true", KAVENEGAR_API_KEY: "k" })).toBe(false)
    expect(logsCodes({ NODE_ENV: "test", SIMULATOR_URL: "http://127.0.0.1:9100" })).toBe(false)
  })

  it("stays silent when PHONE_OTP_LOG_CODES=false, even in the demo", () => {
    expect(logsCodes({ NODE_ENV: "production", ASOUD_DEMO: "true", SIMULATOR_URL: "http://127.0.0.1:9100", PHONE_OTP_LOG_CODES: "false" })).toBe(false)
  })
})
