import { readPlatformEnv } from "../env"

describe("readPlatformEnv", () => {
  it("runs with nothing configured: shared worker mode, no Redis, local storefront allowed", () => {
    const env = readPlatformEnv({})
    expect(env).toEqual(
      expect.objectContaining({
        workerMode: "shared",
        redisUrl: undefined,
        databaseUrl: undefined,
        publicUrl: "http://localhost:9000",
        storefrontUrls: ["http://localhost:8000"],
        adminDisabled: false,
      })
    )
  })

  it("accepts the server/worker split and rejects an unknown mode with the allowed values", () => {
    expect(readPlatformEnv({ MEDUSA_WORKER_MODE: "worker" }).workerMode).toBe("worker")
    expect(readPlatformEnv({ MEDUSA_WORKER_MODE: "server" }).workerMode).toBe("server")
    expect(() => readPlatformEnv({ MEDUSA_WORKER_MODE: "both" })).toThrow(
      'MEDUSA_WORKER_MODE must be one of shared, worker, server; got "both"'
    )
  })

  it("refuses Medusa's development secrets in production unless it is the demo", () => {
    expect(() => readPlatformEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET and COOKIE_SECRET/)
    expect(() => readPlatformEnv({ NODE_ENV: "production", ASOUD_DEMO: "true" })).not.toThrow()
    expect(() =>
      readPlatformEnv({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b" })
    ).not.toThrow()
  })

  it("normalizes URLs: trailing slashes dropped, storefront list split and trimmed", () => {
    const env = readPlatformEnv({
      PORT: "9100",
      STOREFRONT_URLS: " https://shop.example.ir/ , https://b.example.ir,,",
      MEDUSA_PUBLIC_URL: "https://api.example.ir/",
    })
    expect(env.storefrontUrls).toEqual(["https://shop.example.ir", "https://b.example.ir"])
    expect(env.publicUrl).toBe("https://api.example.ir")
    expect(readPlatformEnv({ PORT: "9100" }).publicUrl).toBe("http://localhost:9100")
  })
})
