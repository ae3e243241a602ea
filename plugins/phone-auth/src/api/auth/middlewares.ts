import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { isIranianMobile, normalizeIranianMobile } from "@asoud/sms/kit"
import { OtpLimits, type OtpLimitOptions } from "../../lib/limits"

let limits: OtpLimits | undefined

type PluginEntry = { resolve?: string; options?: Record<string, unknown> }

/** Limits come from this plugin's options in medusa-config (`otpLimits`), Redis from the platform. */
function limitsFor(req: MedusaRequest): OtpLimits {
  if (!limits) {
    const config = req.scope.resolve("configModule") as { plugins?: Array<PluginEntry | string>; projectConfig: { redisUrl?: string } }
    const entry = config.plugins?.find(
      (p): p is PluginEntry => typeof p === "object" && !!p.resolve && /phone-auth/.test(p.resolve)
    )
    limits = new OtpLimits((entry?.options?.otpLimits ?? {}) as OtpLimitOptions, config.projectConfig.redisUrl)
  }
  return limits
}

function refuse(res: MedusaResponse, status: number, message: string, retryAfterSeconds?: number): void {
  if (retryAfterSeconds) {
    res.setHeader("Retry-After", String(retryAfterSeconds))
  }
  res.status(status).json({ type: status === 429 ? "too_many_requests" : "invalid_data", message })
}

/**
 * Guards POST /auth/customer/phone-otp(/register): a clear 400 for a number that is no Iranian
 * mobile, then resend cooldown and hourly caps per number and per client IP (429 + Retry-After).
 * The refusals read the same for registered and unknown numbers.
 */
export async function limitPhoneOtp(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { phone?: unknown; code?: unknown }
  if (!isIranianMobile(body.phone)) {
    return refuse(res, 400, "Enter an Iranian mobile number, e.g. 09121234567. (شماره موبایل معتبر نیست)")
  }
  const phone = normalizeIranianMobile(body.phone)
  const ip = req.ip ?? req.socket.remoteAddress ?? "unknown"
  const wantsCode = body.code === undefined || body.code === null || body.code === ""
  const refusal = wantsCode ? await limitsFor(req).allowSend(phone, ip) : await limitsFor(req).allowVerification(ip)
  if (refusal) {
    return refuse(res, 429, refusal.message, refusal.retryAfterSeconds)
  }
  next()
}

export const phoneOtpAuthMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/customer/phone-otp", middlewares: [limitPhoneOtp] },
  { method: ["POST"], matcher: "/auth/customer/phone-otp/register", middlewares: [limitPhoneOtp] },
]
