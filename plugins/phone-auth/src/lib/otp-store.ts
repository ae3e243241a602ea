import Redis from "ioredis"

export type OtpRecord = { hash: string; expiresAt: number; attempts: number }

/**
 * Where pending codes live between "send me a code" and "here is my code". Memory for one
 * process; Redis (REDIS_URL) when several servers share the traffic.
 */
export interface OtpStore {
  put(phone: string, record: { hash: string; expiresAt: number }): Promise<void>
  get(phone: string): Promise<OtpRecord | undefined>
  /** Counts one verification attempt atomically and returns the new count. */
  countAttempt(phone: string): Promise<number>
  /** Removes the code; true only for the caller that removed it, so a code works once. */
  take(phone: string): Promise<boolean>
}

export class MemoryOtpStore implements OtpStore {
  private records = new Map<string, OtpRecord>()

  async put(phone: string, record: { hash: string; expiresAt: number }): Promise<void> {
    this.records.set(phone, { ...record, attempts: 0 })
  }

  async get(phone: string): Promise<OtpRecord | undefined> {
    const record = this.records.get(phone)
    if (record && record.expiresAt <= Date.now()) {
      this.records.delete(phone)
      return undefined
    }
    return record ? { ...record } : undefined
  }

  async countAttempt(phone: string): Promise<number> {
    const record = this.records.get(phone)
    if (!record) {
      return Number.POSITIVE_INFINITY
    }
    record.attempts += 1
    return record.attempts
  }

  async take(phone: string): Promise<boolean> {
    return this.records.delete(phone)
  }
}

export class RedisOtpStore implements OtpStore {
  constructor(private readonly redis: Redis, private readonly prefix = "asoud:otp:") {}

  private key(phone: string): string {
    return `${this.prefix}${phone}`
  }

  async put(phone: string, record: { hash: string; expiresAt: number }): Promise<void> {
    const key = this.key(phone)
    await this.redis
      .multi()
      .del(key)
      .hset(key, { hash: record.hash, expiresAt: String(record.expiresAt), attempts: "0" })
      .pexpireat(key, record.expiresAt)
      .exec()
  }

  async get(phone: string): Promise<OtpRecord | undefined> {
    const values = await this.redis.hgetall(this.key(phone))
    if (!values.hash) {
      return undefined
    }
    return { hash: values.hash, expiresAt: Number(values.expiresAt), attempts: Number(values.attempts) }
  }

  async countAttempt(phone: string): Promise<number> {
    const key = this.key(phone)
    // HINCRBY on a missing key would create one without expiry; only count existing codes.
    const exists = await this.redis.exists(key)
    return exists ? this.redis.hincrby(key, "attempts", 1) : Number.POSITIVE_INFINITY
  }

  async take(phone: string): Promise<boolean> {
    return (await this.redis.del(this.key(phone))) === 1
  }
}

export function createOtpStore(redisUrl?: string): OtpStore {
  return redisUrl ? new RedisOtpStore(new Redis(redisUrl, { maxRetriesPerRequest: 2 })) : new MemoryOtpStore()
}
