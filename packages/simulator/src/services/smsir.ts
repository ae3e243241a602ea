import type { SimulatedService, SimulatorContext } from "../core/context"
import type { SimRequest, SimResponse } from "../core/http"
import { smsOutbox } from "./sms-outbox"

/**
 * SMS.ir v1 (`POST /v1/send/verify`, `POST /v1/send/bulk`, header `x-api-key`).
 * Faults (service `smsir`, operation `verify`, `bulk` or `*`):
 *   `credit` → HTTP 400 "اعتبار کافی نیست" · `down` → HTTP 503 HTML · `throttle` → HTTP 429 ·
 *   `delay` (value ms) → answers late but still sends.
 * The application status codes other than 1 are not published; the simulator answers 0 for errors.
 */
const MOBILE = /^09\d{9}$/

let messageId = 510_000_000

function answer(httpStatus: number, status: number, message: string, data: unknown = null): SimResponse {
  return { status: httpStatus, body: { status, message, data } }
}

async function applyFault(context: SimulatorContext, operation: string): Promise<SimResponse | undefined> {
  const fault = context.faults.take("smsir", operation) ?? context.faults.take("smsir", "*")
  switch (fault?.kind) {
    case "credit":
      return answer(400, 0, "اعتبار کافی نیست")
    case "down":
      return { status: 503, headers: { "content-type": "text/html" }, body: "<html><body>503 Service Unavailable</body></html>" }
    case "throttle":
      return answer(429, 0, "تعداد درخواست‌ها بیش از حد مجاز است")
    case "delay":
      await new Promise((resolve) => setTimeout(resolve, Number(fault.value ?? 15_000)))
      return undefined
    default:
      return undefined
  }
}

export const smsir: SimulatedService = {
  name: "smsir",
  register(context) {
    const handle = (operation: "verify" | "bulk") => async (req: SimRequest): Promise<SimResponse> => {
      const input = (req.body ?? {}) as Record<string, unknown>
      const record = (response: SimResponse) => {
        context.calls.record({ service: "smsir", operation, request: input, response: response.body, at: context.clock.now() })
        return response
      }
      const faulted = await applyFault(context, operation)
      if (faulted) {
        return record(faulted)
      }
      const apiKey = req.headers["x-api-key"]
      if (!apiKey || apiKey === "invalid") {
        return record(answer(401, 0, "کلید وب سرویس نامعتبر است"))
      }
      if (operation === "verify") {
        const mobile = String(input.mobile ?? "")
        const parameters = (input.parameters ?? []) as Array<{ name: string; value: string }>
        if (!MOBILE.test(mobile) || typeof input.templateId !== "number" || !Array.isArray(parameters)) {
          return record(answer(400, 0, "پارامترهای ورودی نامعتبر است"))
        }
        const params = Object.fromEntries(parameters.map((p) => [p.name, String(p.value)]))
        const id = ++messageId
        smsOutbox.add({
          provider: "smsir",
          to: mobile,
          text: `${input.templateId}: ${Object.values(params).join(" ")}`,
          template: String(input.templateId),
          params,
          at: context.clock.now(),
        })
        return record(answer(200, 1, "موفق", { messageId: id, cost: 1.0 }))
      }
      const mobiles = (input.mobiles ?? []) as string[]
      if (!Array.isArray(mobiles) || !mobiles.length || !input.messageText || typeof input.lineNumber !== "number") {
        return record(answer(400, 0, "پارامترهای ورودی نامعتبر است"))
      }
      const ids = mobiles.map((mobile) => {
        if (!MOBILE.test(mobile)) {
          return null
        }
        smsOutbox.add({ provider: "smsir", to: mobile, text: String(input.messageText), at: context.clock.now() })
        return ++messageId
      })
      return record(answer(200, 1, "موفق", { packId: `pack-${messageId}`, messageIds: ids, cost: ids.filter(Boolean).length }))
    }
    context.router.on("POST", "/v1/send/verify", handle("verify"))
    context.router.on("POST", "/v1/send/bulk", handle("bulk"))
  },
}
