import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import { seedDemo, storeHeaders } from "../../helpers/demo"

jest.setTimeout(120_000)

// With REDIS_URL the platform must run Medusa's Redis modules: the only ones that are correct once
// a server and a worker (or several servers) share the work. A distinct key prefix keeps this
// file's locks and queues apart from anything else using the same Redis.
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://localhost:6379"
// The runner loads medusa-config.ts before it applies its `env` option, so configuration the config
// reads must be in process.env already (jest gives each test file its own copy).
process.env.REDIS_URL = REDIS_URL

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const redis = new Redis(REDIS_URL)
    afterAll(() => redis.quit())

    it("uses the Redis event bus instead of the in-memory one", () => {
      expect(getContainer().resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
    })

    it("takes its locks in Redis, visible to every process", async () => {
      const locking = getContainer().resolve(Modules.LOCKING)
      const key = `asoud-test-${Date.now()}`
      const seen = await locking.execute(key, async () => redis.exists(`medusa_lock:${key}`))
      expect(seen).toBe(1)
      expect(await redis.exists(`medusa_lock:${key}`)).toBe(0)
    })

    it("runs store API workflows and their events through Redis (BullMQ queues)", async () => {
      const { summary, regionId } = await seedDemo(getContainer())
      const { data } = await api
        .post("/store/carts", { region_id: regionId }, storeHeaders(summary.publishable_key!))
        .catch((error: { response: { data: unknown } }) => {
          throw new Error(JSON.stringify(error.response.data))
        })
      expect(data.cart.currency_code).toBe("irr")
      expect(await redis.keys("RedisEventBusService:events-queue:*")).not.toHaveLength(0)
      expect(await redis.keys("bull:medusa-workflows*")).not.toHaveLength(0)
    })

    it("caches through the Redis caching provider", async () => {
      const caching = getContainer().resolve(Modules.CACHING) as {
        set: (input: { key: string; data: object }) => Promise<void>
        get: (input: { key: string }) => Promise<unknown>
      }
      const key = `asoud-cache-test-${Date.now()}`
      await caching.set({ key, data: { hello: "redis" } })
      expect(await caching.get({ key })).toEqual({ hello: "redis" })
      const stored = await redis.keys(`*${key}*`)
      expect(stored.length).toBeGreaterThan(0)
    })
  },
})
