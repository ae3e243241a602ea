import type { SimulatedService } from "../core/context"

export type OutboxMessage = {
  id: number
  provider: "kavenegar" | "smsir"
  /** The recipient exactly as the provider received it. */
  to: string
  text: string
  /** Template name or id and its parameters, for template (OTP) sends. */
  template?: string
  params?: Record<string, string>
  at: number
}

/** `۰۹۱۲ ...`, `+98912...` and `0912...` compare equal: the last ten ASCII digits. */
function numberKey(value: string): string {
  const ascii = value.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) % 16))
  return ascii.replace(/\D/g, "").slice(-10)
}

/** Every SMS the simulated providers accepted, shared by Kavenegar and SMS.ir. */
class SmsOutbox {
  private messages: OutboxMessage[] = []
  private seq = 0

  add(message: Omit<OutboxMessage, "id">): OutboxMessage {
    const entry = { ...message, id: ++this.seq }
    this.messages.push(entry)
    return entry
  }

  list(to?: string): OutboxMessage[] {
    const key = to ? numberKey(to) : undefined
    return this.messages.filter((m) => !key || numberKey(m.to) === key)
  }

  clear(): void {
    this.messages = []
  }
}

export const smsOutbox = new SmsOutbox()

/** `GET /__sim/sms/outbox?to=09…` (newest last) and `DELETE /__sim/sms/outbox`. */
export const smsOutboxService: SimulatedService = {
  name: "sms-outbox",
  register({ router }) {
    router.on("GET", "/__sim/sms/outbox", (req) => ({
      body: { messages: smsOutbox.list(req.query.get("to") ?? undefined) },
    }))
    router.on("DELETE", "/__sim/sms/outbox", () => {
      smsOutbox.clear()
      return { body: { cleared: true } }
    })
  },
  reset: () => smsOutbox.clear(),
}
