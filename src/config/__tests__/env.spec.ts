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
    const redis = { REDIS_URL: "redis://localhost:6379" }
    expect(readPlatformEnv({ ...redis, MEDUSA_WORKER_MODE: "worker" }).workerMode).toBe("worker")
    expect(readPlatformEnv({ ...redis, MEDUSA_WORKER_MODE: "server" }).workerMode).toBe("server")
    expect(() => readPlatformEnv({ MEDUSA_WORKER_MODE: "both" })).toThrow(
      'MEDUSA_WORKER_MODE must be one of shared, worker, server; got "both"'
    )
  })

  it("refuses Medusa's development secrets in production unless it is the demo", () => {
    expect(() => readPlatformEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET and COOKIE_SECRET/)
    expect(() => readPlatformEnv({ NODE_ENV: "production", ASOUD_DEMO: "true" })).not.toThrow()
    expect(() =>
      readPlatformEnv({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b", REDIS_URL: "redis://r:6379" })
    ).not.toThrow()
  })

  it("refuses a server/worker split or production without REDIS_URL, except the launcher's one-process demo", () => {
    for (const mode of ["server", "worker"]) {
      expect(() => readPlatformEnv({ MEDUSA_WORKER_MODE: mode })).toThrow(`MEDUSA_WORKER_MODE=${mode} needs REDIS_URL`)
      // The demo flag does not make a split safe.
      expect(() => readPlatformEnv({ MEDUSA_WORKER_MODE: mode, ASOUD_DEMO: "true" })).toThrow(/needs REDIS_URL/)
    }
    expect(() => readPlatformEnv({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b" })).toThrow(
      /NODE_ENV=production needs REDIS_URL/
    )
    expect(() => readPlatformEnv({ NODE_ENV: "production", ASOUD_DEMO: "true" })).not.toThrow()
    expect(readPlatformEnv({ NODE_ENV: "production", ASOUD_DEMO: "true" }).redisUrl).toBeUndefined()
  })

  it("lets Medusa's one-off commands run without Redis, though Medusa switches them to server mode itself", () => {
    const migrate = ["node", "medusa", "db:migrate"]
    const seed = ["node", "medusa", "exec", "./src/scripts/seed.ts"]
    // development: `npm run dev` migrates and seeds with no Redis at all
    expect(() => readPlatformEnv({ MEDUSA_WORKER_MODE: "server" }, migrate)).not.toThrow()
    // the demo's migrations and seed run in production like its server
    expect(() => readPlatformEnv({ NODE_ENV: "production", ASOUD_DEMO: "true", MEDUSA_WORKER_MODE: "server" }, seed)).not.toThrow()
    // a real production still needs Redis for them, and `medusa start` in server mode is still a split
    expect(() =>
      readPlatformEnv({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b", MEDUSA_WORKER_MODE: "server" }, migrate)
    ).toThrow(/NODE_ENV=production needs REDIS_URL/)
    expect(() => readPlatformEnv({ MEDUSA_WORKER_MODE: "server", ASOUD_DEMO: "true" }, ["node", "medusa", "start"])).toThrow(
      /MEDUSA_WORKER_MODE=server needs REDIS_URL/
    )
  })

  it("keeps Medusa's cookie rule unless COOKIE_SECURE says otherwise, and rejects anything but true/false", () => {
    expect(readPlatformEnv({}).cookieSecure).toBeUndefined()
    expect(readPlatformEnv({ COOKIE_SECURE: "false" }).cookieSecure).toBe(false)
    expect(readPlatformEnv({ COOKIE_SECURE: "TRUE" }).cookieSecure).toBe(true)
    expect(() => readPlatformEnv({ COOKIE_SECURE: "no" })).toThrow('COOKIE_SECURE must be true or false; got "no"')
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
