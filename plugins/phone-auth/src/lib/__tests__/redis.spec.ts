import { closeLimiterConnections } from "@asoud/sms/kit"
import Redis from "ioredis"
import { OtpLimits } from "../limits"
import { RedisOtpStore } from "../otp-store"

// Runs when TEST_REDIS_URL points at a Redis server (npm test sets it when Redis answers); skipped otherwise.
const redisUrl = process.env.TEST_REDIS_URL
const describeWithRedis = redisUrl ? describe : describe.skip

describeWithRedis("codes and limits on Redis (several servers share them)", () => {
  let redis: Redis
  const prefix = `asoud:test:${process.pid}:${Date.now()}:`
  const phone = `0912${String(Date.now()).slice(-7)}`

  beforeAll(() => {
    redis = new Redis(redisUrl!)
  })
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length) {
      await redis.del(...keys)
    }
    redis.disconnect()
    await closeLimiterConnections()
  })

  it("stores a code with an expiry, counts attempts atomically and lets one caller take it", async () => {
    const store = new RedisOtpStore(redis, prefix)
    await store.put(phone, { hash: "h", expiresAt: Date.now() + 120_000 })
    expect(await redis.pttl(`${prefix}${phone}`)).toBeGreaterThan(100_000)
    const counts = await Promise.all([1, 2, 3, 4, 5].map(() => store.countAttempt(phone)))
    expect(counts.sort()).toEqual([1, 2, 3, 4, 5])
    expect(await store.get(phone)).toMatchObject({ hash: "h", attempts: 5 })
    const takes = await Promise.all([store.take(phone), store.take(phone)])
    expect(takes.filter(Boolean)).toHaveLength(1)
    expect(await store.countAttempt(phone)).toBe(Number.POSITIVE_INFINITY)
    expect(await redis.exists(`${prefix}${phone}`)).toBe(0)
  })

  it("keeps a number's wrong tries across new codes, with the window's expiry", async () => {
    const store = new RedisOtpStore(redis, prefix, 3600)
    const number = `0936${String(Date.now()).slice(-7)}`
    await store.put(number, { hash: "a", expiresAt: Date.now() + 120_000 })
    await store.countAttempt(number)
    await store.put(number, { hash: "b", expiresAt: Date.now() + 120_000 })
    expect(await store.get(number)).toMatchObject({ hash: "b", attempts: 1 })
    expect(await store.countAttempt(number)).toBe(2)
    expect(await redis.ttl(`${prefix}attempts:${number}`)).toBeGreaterThan(3500)
    await store.forgetAttempts(number)
    expect(await store.countAttempt(number)).toBe(1)
  })

  it("shares the resend cooldown between two server processes", async () => {
    const serverA = new OtpLimits({ resendSeconds: 60 }, redisUrl)
    const serverB = new OtpLimits({ resendSeconds: 60 }, redisUrl)
    const ip = `203.0.113.${Date.now() % 250}`
    const number = `0935${String(Date.now()).slice(-7)}`
    expect(await serverA.allowSend(number, ip)).toBeUndefined()
    expect((await serverB.allowSend(number, ip))?.message).toMatch(/wait/)
  })
})
