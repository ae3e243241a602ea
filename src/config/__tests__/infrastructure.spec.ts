import { Modules } from "@medusajs/framework/utils"
import { readPlatformEnv } from "../env"
import { infrastructureModules } from "../infrastructure"

describe("infrastructureModules", () => {
  it("leaves Medusa's in-memory event bus, cache, workflow engine and locking without REDIS_URL", () => {
    expect(infrastructureModules(readPlatformEnv({}))).toEqual([])
  })

  it("configures the four Redis modules with REDIS_URL, the workflow engine with its nested URL", () => {
    const redisUrl = "redis://cache.internal:6379"
    const modules = infrastructureModules(readPlatformEnv({ REDIS_URL: redisUrl }))
    const byKey = Object.fromEntries(modules.map((m) => [(m as { key: string }).key, m]))

    expect(Object.keys(byKey).sort()).toEqual(
      [Modules.EVENT_BUS, Modules.CACHING, Modules.WORKFLOW_ENGINE, Modules.LOCKING].sort()
    )
    expect(byKey[Modules.EVENT_BUS]).toEqual(
      expect.objectContaining({ resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } })
    )
    expect(byKey[Modules.WORKFLOW_ENGINE]).toEqual(
      expect.objectContaining({ options: { redis: { redisUrl } } })
    )
    const providerOf = (key: string) =>
      (byKey[key] as { options: { providers: { resolve: string; options: unknown }[] } }).options.providers[0]
    expect(providerOf(Modules.CACHING)).toEqual(expect.objectContaining({ resolve: "@medusajs/caching-redis", options: { redisUrl } }))
    expect(providerOf(Modules.LOCKING)).toEqual(expect.objectContaining({ resolve: "@medusajs/medusa/locking-redis", options: { redisUrl } }))
  })
})
