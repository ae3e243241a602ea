import { createLimiter, takePoint } from "@asoud/sms/kit"
import type { RateLimiterAbstract } from "rate-limiter-flexible"

export type OtpLimitOptions = {
  /** Seconds between two codes for one number; default 60. */
  resendSeconds?: number
  /** Codes per number per hour; default 5. */
  hourlyPerNumber?: number
  /** Code requests per client IP per hour; default 20. */
  hourlyPerIp?: number
  /** Verification attempts per client IP per hour (all numbers together); default 60. */
  hourlyVerificationsPerIp?: number
}

type Limiters = { resend: RateLimiterAbstract; perNumber: RateLimiterAbstract; perIp: RateLimiterAbstract; verifyPerIp: RateLimiterAbstract }

export type LimitRefusal = { retryAfterSeconds: number; message: string }

const HOUR = 3600

export class OtpLimits {
  private readonly limiters: Limiters

  constructor(options: OtpLimitOptions = {}, redisUrl?: string) {
    const make = (keyPrefix: string, points: number, durationSeconds: number) =>
      createLimiter({ keyPrefix: `asoud:otp:${keyPrefix}`, points, durationSeconds, redisUrl })
    this.limiters = {
      resend: make("resend", 1, options.resendSeconds ?? 60),
      perNumber: make("number", options.hourlyPerNumber ?? 5, HOUR),
      perIp: make("ip", options.hourlyPerIp ?? 20, HOUR),
      verifyPerIp: make("verify-ip", options.hourlyVerificationsPerIp ?? 60, HOUR),
    }
  }

  /** Checks a "send me a code" request; the wording never depends on whether the number has an account. */
  async allowSend(phone: string, ip: string): Promise<LimitRefusal | undefined> {
    // The client's own cap first: a refused request must not use up the number's quota.
    const perIp = await takePoint(this.limiters.perIp, ip)
    if (perIp !== undefined) {
      return { retryAfterSeconds: perIp, message: `Too many code requests from your network. Try again in ${Math.ceil(perIp / 60)} minutes. (درخواست بیش از حد مجاز)` }
    }
    const resend = await takePoint(this.limiters.resend, phone)
    if (resend !== undefined) {
      return { retryAfterSeconds: resend, message: `Please wait ${resend} seconds before requesting another code. (${resend} ثانیه دیگر دوباره تلاش کنید)` }
    }
    const perNumber = await takePoint(this.limiters.perNumber, phone)
    if (perNumber !== undefined) {
      return { retryAfterSeconds: perNumber, message: `Too many codes for this number. Try again in ${Math.ceil(perNumber / 60)} minutes. (درخواست بیش از حد مجاز)` }
    }
    return undefined
  }

  async allowVerification(ip: string): Promise<LimitRefusal | undefined> {
    const wait = await takePoint(this.limiters.verifyPerIp, ip)
    return wait === undefined
      ? undefined
      : { retryAfterSeconds: wait, message: `Too many attempts from your network. Try again in ${Math.ceil(wait / 60)} minutes.` }
  }
}
