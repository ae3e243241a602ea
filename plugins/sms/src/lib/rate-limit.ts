import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

export type LimitOptions = {
  /** Namespaces the counters, e.g. `sms:number`. */
  keyPrefix: string
  points: number
  durationSeconds: number
  /** With a Redis URL the counters are shared by every server process; without, per process. */
  redisUrl?: string
}

const redisClients = new Map<string, Redis>()

function redisClient(url: string): Redis {
  let client = redisClients.get(url)
  if (!client) {
    client = new Redis(url, { maxRetriesPerRequest: 2 })
    redisClients.set(url, client)
  }
  return client
}

export function createLimiter(options: LimitOptions): RateLimiterAbstract {
  const common = { keyPrefix: options.keyPrefix, points: options.points, duration: options.durationSeconds }
  return options.redisUrl
    ? new RateLimiterRedis({ ...common, storeClient: redisClient(options.redisUrl) })
    : new RateLimiterMemory(common)
}

/**
 * Takes one point for `key`. Returns undefined when allowed, or the seconds until the next point
 * frees up when the limit is reached. Store errors (Redis down) are thrown, not swallowed: an OTP
 * limit that silently stops limiting is worse than a refused send.
 */
export async function takePoint(limiter: RateLimiterAbstract, key: string): Promise<number | undefined> {
  try {
    await limiter.consume(key, 1)
    return undefined
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    }
    throw rejection
  }
}

/** Closes the shared Redis connections (tests, graceful shutdown). */
export async function closeLimiterConnections(): Promise<void> {
  const clients = [...redisClients.values()]
  redisClients.clear()
  await Promise.all(clients.map((client) => client.quit().catch(() => undefined)))
}
