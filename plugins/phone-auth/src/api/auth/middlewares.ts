import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { AuthenticationInput, IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
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

type Refusal = "invalid_data" | "too_many_requests" | "not_allowed" | "not_found" | "unavailable"

function refuse(res: MedusaResponse, status: number, type: Refusal, message: string, retryAfterSeconds?: number): void {
  if (retryAfterSeconds) {
    res.setHeader("Retry-After", String(retryAfterSeconds))
  }
  res.status(status).json({ type, message })
}

/** The same words whether the number has an account or not, and whichever SMS service failed. */
export const SMS_UNAVAILABLE = "The code could not be sent right now. Try again in a few minutes. (ارسال کد در حال حاضر ممکن نیست)"

/** `/auth/<actor>/phone-otp[/<step>]`, whatever the case (Express matches paths case-insensitively). */
const PHONE_OTP_PATH = /^\/auth\/([^/]+)\/phone-otp(?:\/([^/]*))?\/?$/i

/**
 * Guards every method and every step Medusa's auth routes offer for `phone-otp`, because Medusa
 * serves the login step on GET as well as POST (for OAuth redirects), reads a JSON body on both,
 * and also routes `/callback`, `/update` and `/reset-password` to any provider:
 * - only customers, only POST (405 otherwise, with `Allow: POST`), only the login and register steps;
 * - a clear 400 for a number that is no Iranian mobile, then resend cooldown and hourly caps per
 *   number and per client IP (429 + Retry-After), the same for registered and unknown numbers;
 * - the "send me a code" step is answered here, identically for login and register:
 *   `{ location: "otp" }` once the SMS is sent, 503 with a neutral message when no SMS service could
 *   send it (Medusa's routes would answer 401, which a storefront reads as a bad login; its register
 *   route answers 401 even when the code was sent). The "here is my code" step goes on to Medusa's
 *   route, which answers the token.
 */
export async function guardPhoneOtp(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const match = PHONE_OTP_PATH.exec(req.originalUrl.split("?")[0])
  if (!match) {
    return refuse(res, 404, "not_found", "Unknown phone login step")
  }
  const [, actorType, step = ""] = match
  if (actorType.toLowerCase() !== "customer") {
    return refuse(res, 400, "not_allowed", "Phone login is for customers only")
  }
  if (step !== "" && step.toLowerCase() !== "register") {
    return refuse(res, 404, "not_found", `Phone login has no ${step} step`)
  }
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST")
    return refuse(res, 405, "not_allowed", "Send the phone login as POST")
  }
  const body = (req.body ?? {}) as { phone?: unknown; code?: unknown }
  if (!isIranianMobile(body.phone)) {
    return refuse(res, 400, "invalid_data", "Enter an Iranian mobile number, e.g. 09121234567. (شماره موبایل معتبر نیست)")
  }
  const phone = normalizeIranianMobile(body.phone)
  const ip = req.ip ?? req.socket.remoteAddress ?? "unknown"
  const wantsCode = body.code === undefined || body.code === null || body.code === ""
  const refusal = wantsCode ? await limitsFor(req).allowSend(phone, ip) : await limitsFor(req).allowVerification(ip)
  if (refusal) {
    return refuse(res, 429, "too_many_requests", refusal.message, refusal.retryAfterSeconds)
  }
  if (!wantsCode) {
    return next()
  }
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  // what Medusa's own login route passes a provider (the provider reads actor_type too)
  const input: AuthenticationInput & { actor_type: string } = {
    actor_type: "customer",
    url: req.url,
    headers: req.headers as Record<string, string>,
    query: req.query as Record<string, string>,
    body: { phone },
    protocol: req.protocol,
  }
  const result = await auth.authenticate("phone-otp", input)
  if (result.success && result.location) {
    return res.status(200).json({ location: result.location })
  }
  return refuse(res, 503, "unavailable", SMS_UNAVAILABLE, 60)
}

// No method: Express `use` semantics, so every method and every sub-path of the provider passes here.
export const phoneOtpAuthMiddlewares: MiddlewareRoute[] = [{ matcher: "/auth/:actor_type/phone-otp", middlewares: [guardPhoneOtp] }]
