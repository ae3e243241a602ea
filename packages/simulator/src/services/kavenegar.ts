import type { SimulatedService, SimulatorContext } from "../core/context"
import type { SimRequest, SimResponse } from "../core/http"
import { smsOutbox } from "./sms-outbox"

/**
 * Kavenegar REST (`/v1/{apikey}/sms/send.json`, `/v1/{apikey}/verify/lookup.json`).
 * Faults (service `kavenegar`, operation `send`, `lookup` or `*`):
 *   `credit` → 418 insufficient credit · `down` → HTTP 503 HTML, as a broken upstream answers ·
 *   `code` (value) → that return.status · `delay` (value ms) → answers late but still sends.
 */
const RECEPTOR = /^(?:0|98|\+98|0098)?9\d{9}$/
const BAD_TOKEN = /[\s_,;|]/

let messageId = 8_792_000

function envelope(status: number, message: string, entries?: unknown[]): SimResponse {
  // Kavenegar answers non-200 HTTP together with a non-200 return.status.
  return { status: status === 200 ? 200 : status >= 500 ? status : 400, body: { return: { status, message }, entries: entries ?? null } }
}

async function applyFault(context: SimulatorContext, operation: string): Promise<SimResponse | undefined> {
  const fault = context.faults.take("kavenegar", operation) ?? context.faults.take("kavenegar", "*")
  if (!fault) {
    return undefined
  }
  switch (fault.kind) {
    case "credit":
      return envelope(418, "اعتبار حساب شما کافی نیست")
    case "down":
      return { status: 503, headers: { "content-type": "text/html" }, body: "<html><body>503 Service Unavailable</body></html>" }
    case "code":
      return envelope(Number(fault.value), "خطای شبیه‌سازی شده")
    case "delay":
      await new Promise((resolve) => setTimeout(resolve, Number(fault.value ?? 15_000)))
      return undefined
    default:
      return undefined
  }
}

function accept(context: SimulatorContext, to: string, text: string, extra: { template?: string; params?: Record<string, string> } = {}) {
  const id = ++messageId
  smsOutbox.add({ provider: "kavenegar", to, text, ...extra, at: context.clock.now() })
  return {
    messageid: id,
    message: text,
    status: 1,
    statustext: "در صف ارسال",
    sender: "10004346",
    receptor: to,
    date: Math.floor(context.clock.now() / 1000),
    cost: 120,
  }
}

function fields(req: SimRequest): Record<string, string> {
  const body = (req.body ?? {}) as Record<string, string>
  return { ...Object.fromEntries(req.query), ...body }
}

export const kavenegar: SimulatedService = {
  name: "kavenegar",
  register(context) {
    const handle = (operation: "send" | "lookup") => async (req: SimRequest): Promise<SimResponse> => {
      const input = fields(req)
      const record = (response: SimResponse) => {
        context.calls.record({ service: "kavenegar", operation, request: { apiKey: req.params.apikey, ...input }, response: response.body, at: context.clock.now() })
        return response
      }
      const faulted = await applyFault(context, operation)
      if (faulted) {
        return record(faulted)
      }
      if (!req.params.apikey || req.params.apikey === "invalid") {
        return record(envelope(403, "کلید API نامعتبر است"))
      }
      if (operation === "send") {
        const receptors = String(input.receptor ?? "").split(",").filter(Boolean)
        if (!receptors.length || !input.message) {
          return record(envelope(400, "پارامترها ناقص هستند"))
        }
        if (receptors.length > 200) {
          return record(envelope(414, "تعداد رکوردها بیش از حد مجاز است"))
        }
        if (receptors.some((r) => !RECEPTOR.test(r))) {
          return record(envelope(411, "گیرنده نامعتبر است"))
        }
        const entries = receptors.map((to) => accept(context, to, String(input.message)))
        return record(envelope(200, "تایید شد", entries))
      }
      if (!input.receptor || !input.template || !input.token) {
        return record(envelope(400, "پارامترها ناقص هستند"))
      }
      if (!RECEPTOR.test(input.receptor)) {
        return record(envelope(411, "گیرنده نامعتبر است"))
      }
      if (["token", "token2", "token3"].some((t) => input[t] !== undefined && BAD_TOKEN.test(input[t]))) {
        return record(envelope(431, "ساختار کد صحیح نمی‌باشد"))
      }
      const params = Object.fromEntries(
        ["token", "token2", "token3", "token10", "token20"].filter((t) => input[t] !== undefined).map((t) => [t, input[t]])
      )
      const text = `${input.template}: ${Object.values(params).join(" ")}`
      return record(envelope(200, "تایید شد", [accept(context, input.receptor, text, { template: input.template, params })]))
    }
    for (const method of ["GET", "POST"]) {
      context.router.on(method, "/v1/:apikey/sms/send.json", handle("send"))
      context.router.on(method, "/v1/:apikey/verify/lookup.json", handle("lookup"))
    }
  },
}
