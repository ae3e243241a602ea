import Redis from "ioredis"

export type OtpRecord = { hash: string; expiresAt: number; attempts: number }

/** Wrong tries per number count across codes for this long (unless a login succeeds); default one hour. */
export const DEFAULT_ATTEMPT_WINDOW_SECONDS = 3600

/**
 * Where pending codes live between "send me a code" and "here is my code". Memory for one
 * process; Redis (REDIS_URL) when several servers share the traffic.
 *
 * Verification attempts belong to the number, not to one code: a new code does not reset them,
 * otherwise asking for a fresh code after every 4 wrong tries would give unlimited guesses. They
 * are forgotten when a login succeeds or the attempt window ends.
 */
export interface OtpStore {
  put(phone: string, record: { hash: string; expiresAt: number }): Promise<void>
  /** The pending code, with the number's attempts in the current window. */
  get(phone: string): Promise<OtpRecord | undefined>
  /** Counts one verification attempt atomically and returns the number's count in the window. */
  countAttempt(phone: string): Promise<number>
  /** Removes the code; true only for the caller that removed it, so a code works once. */
  take(phone: string): Promise<boolean>
  /** A successful login: the number starts with a clean count. */
  forgetAttempts(phone: string): Promise<void>
}

export class MemoryOtpStore implements OtpStore {
  private records = new Map<string, { hash: string; expiresAt: number }>()
  private attempts = new Map<string, { count: number; resetAt: number }>()

  constructor(private readonly attemptWindowSeconds = DEFAULT_ATTEMPT_WINDOW_SECONDS) {}

  private attemptsOf(phone: string): number {
    const window = this.attempts.get(phone)
    if (window && window.resetAt <= Date.now()) {
      this.attempts.delete(phone)
      return 0
    }
    return window?.count ?? 0
  }

  async put(phone: string, record: { hash: string; expiresAt: number }): Promise<void> {
    this.records.set(phone, { ...record })
  }

  async get(phone: string): Promise<OtpRecord | undefined> {
    const record = this.records.get(phone)
    if (record && record.expiresAt <= Date.now()) {
      this.records.delete(phone)
      return undefined
    }
    return record ? { ...record, attempts: this.attemptsOf(phone) } : undefined
  }

  async countAttempt(phone: string): Promise<number> {
    if (!(await this.get(phone))) {
      return Number.POSITIVE_INFINITY
    }
    const count = this.attemptsOf(phone) + 1
    const resetAt = this.attempts.get(phone)?.resetAt ?? Date.now() + this.attemptWindowSeconds * 1000
    this.attempts.set(phone, { count, resetAt })
    return count
  }

  async take(phone: string): Promise<boolean> {
    return this.records.delete(phone)
  }

  async forgetAttempts(phone: string): Promise<void> {
    this.attempts.delete(phone)
  }
}

export class RedisOtpStore implements OtpStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "asoud:otp:",
    private readonly attemptWindowSeconds = DEFAULT_ATTEMPT_WINDOW_SECONDS
  ) {}

  private key(phone: string): string {
    return `${this.prefix}${phone}`
  }

  private attemptsKey(phone: string): string {
    return `${this.prefix}attempts:${phone}`
  }

  async put(phone: string, record: { hash: string; expiresAt: number }): Promise<void> {
    const key = this.key(phone)
    await this.redis
      .multi()
      .del(key)
      .hset(key, { hash: record.hash, expiresAt: String(record.expiresAt) })
      .pexpireat(key, record.expiresAt)
      .exec()
  }

  async get(phone: string): Promise<OtpRecord | undefined> {
    const [values, attempts] = await Promise.all([this.redis.hgetall(this.key(phone)), this.redis.get(this.attemptsKey(phone))])
    if (!values.hash) {
      return undefined
    }
    return { hash: values.hash, expiresAt: Number(values.expiresAt), attempts: Number(attempts ?? 0) }
  }

  async countAttempt(phone: string): Promise<number> {
    // Only count against a pending code; the window starts with the first attempt (SET NX EX).
    if (!(await this.redis.exists(this.key(phone)))) {
      return Number.POSITIVE_INFINITY
    }
    const key = this.attemptsKey(phone)
    const results = await this.redis.multi().set(key, "0", "EX", this.attemptWindowSeconds, "NX").incr(key).exec()
    return Number(results?.[1]?.[1] ?? Number.POSITIVE_INFINITY)
  }

  async take(phone: string): Promise<boolean> {
    return (await this.redis.del(this.key(phone))) === 1
  }

  async forgetAttempts(phone: string): Promise<void> {
    await this.redis.del(this.attemptsKey(phone))
  }
}

export function createOtpStore(redisUrl?: string, attemptWindowSeconds = DEFAULT_ATTEMPT_WINDOW_SECONDS): OtpStore {
  return redisUrl
    ? new RedisOtpStore(new Redis(redisUrl, { maxRetriesPerRequest: 2 }), "asoud:otp:", attemptWindowSeconds)
    : new MemoryOtpStore(attemptWindowSeconds)
}
