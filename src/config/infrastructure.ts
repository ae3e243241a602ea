import { Modules } from "@medusajs/framework/utils"
import type { PlatformEnv } from "./env"
import type { ModuleEntries } from "./modules"

/**
 * Medusa's Redis-backed event bus, caching, workflow engine and locking when REDIS_URL is set.
 * Without it Medusa falls back to its in-memory modules, which only work in a single process.
 */
export function infrastructureModules(env: PlatformEnv): ModuleEntries {
  const redisUrl = env.redisUrl
  if (!redisUrl) {
    return []
  }
  return [
    { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    {
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          { resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      // The workflow engine, unlike the other Redis modules, nests its URL.
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
  ]
}
