import assert from "node:assert/strict"
import type { AbstractSmsProvider } from "./lib/base-provider"
import { isSmsProviderError, type SmsErrorKind } from "./lib/errors"
import type { ProviderTemplate, ProviderTemplates } from "./lib/templates"

/**
 * The conformance suite for SMS provider authors. It drives your provider against its simulated
 * service in `@asoud/simulator` (same wire protocol, fault switches, outbox) and checks the
 * behaviour the failover provider and the OTP login rely on. Runner-agnostic: each check is an
 * async function that throws on failure, e.g. `it.each(checks)("%s", async (_, check) => check.run())`.
 */
export type ConformanceSubject = {
  /** The simulator service name, e.g. `kavenegar` (faults are armed for it). */
  service: string
  /** The simulator's base URL. */
  simulatorUrl: string
  /** Builds the provider pointed at the simulator. */
  create: (options: { templates?: ProviderTemplates; timeoutMs?: number; retries?: number }) => AbstractSmsProvider
  /** A template mapping the provider supports, whose one parameter carries `data.code`. */
  otpTemplate: ProviderTemplate
}

export type ConformanceCheck = { name: string; run: () => Promise<void> }

type OutboxEntry = { to: string; text: string; template?: string; params?: Record<string, string> }

async function control(subject: ConformanceSubject, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${subject.simulatorUrl}${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  })
  return response.json()
}

async function outbox(subject: ConformanceSubject, to: string): Promise<OutboxEntry[]> {
  const body = (await control(subject, "GET", `/__sim/sms/outbox?to=${encodeURIComponent(to)}`)) as { messages: OutboxEntry[] }
  return body.messages
}

async function expectKind(promise: Promise<unknown>, kind: SmsErrorKind): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  assert.ok(error, `expected a ${kind} error, but the send succeeded`)
  assert.ok(isSmsProviderError(error), `expected an SmsProviderError, got ${String(error)}`)
  assert.equal(error.kind, kind, `expected kind ${kind}, got ${error.kind}: ${error.message}`)
}

export function smsProviderConformance(subject: ConformanceSubject): ConformanceCheck[] {
  let n = 0
  // Each check texts its own number so outbox assertions never see another check's messages.
  const nextNumber = () => `0912${String(7_000_000 + ++n * 37).padStart(7, "0")}`
  const reset = () => control(subject, "POST", "/__sim/reset")
  const arm = (kind: string, value?: number) =>
    control(subject, "POST", "/__sim/faults", { service: subject.service, operation: "*", kind, value, times: 1 })

  return [
    {
      name: "sends a plain text and returns the provider's message id",
      run: async () => {
        await reset()
        const to = nextNumber()
        const delivery = await subject.create({}).deliver({ to, template: "text", data: { text: "سلام آسود" } })
        assert.equal(delivery.to, to)
        assert.match(delivery.messageId, /\S+/)
        const messages = await outbox(subject, to)
        assert.equal(messages.length, 1)
        assert.equal(messages[0].text, "سلام آسود")
      },
    },
    {
      name: "accepts every Iranian format (+98, 0098, Persian digits) and sends to the canonical number",
      run: async () => {
        await reset()
        const to = nextNumber()
        const persian = to.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)))
        for (const input of [`+98 ${to.slice(1)}`, `0098${to.slice(1)}`, persian]) {
          await subject.create({}).deliver({ to: input, template: "text", data: { text: "format" } })
        }
        const messages = await outbox(subject, to)
        assert.equal(messages.length, 3)
      },
    },
    {
      name: "sends a mapped template with its parameters (OTP)",
      run: async () => {
        await reset()
        const to = nextNumber()
        const provider = subject.create({ templates: { otp: subject.otpTemplate } })
        await provider.deliver({ to, template: "otp", data: { code: "482913" } })
        const [message] = await outbox(subject, to)
        assert.ok(message, "nothing reached the outbox")
        assert.ok(Object.values(message.params ?? {}).includes("482913"), "the code is not among the template parameters")
      },
    },
    {
      name: "renders the kit's Persian text for a template that is not mapped",
      run: async () => {
        await reset()
        const to = nextNumber()
        await subject.create({}).deliver({ to, template: "otp", data: { code: "123456" } })
        const [message] = await outbox(subject, to)
        assert.ok(message?.text.includes("123456"))
      },
    },
    {
      name: "refuses an invalid number as invalid-recipient without calling the provider",
      run: async () => {
        await reset()
        await expectKind(subject.create({}).deliver({ to: "0812345678", template: "text", data: { text: "x" } }), "invalid-recipient")
        const calls = (await control(subject, "GET", `/__sim/calls?service=${subject.service}`)) as { calls: unknown[] }
        assert.equal(calls.calls.length, 0)
      },
    },
    {
      name: "reports an empty message as invalid-request (no failover)",
      run: async () => {
        await expectKind(subject.create({}).deliver({ to: nextNumber(), template: "text", data: { text: " " } }), "invalid-request")
      },
    },
    {
      name: "maps 'out of credit' to out-of-credit, which allows failover",
      run: async () => {
        await reset()
        await arm("credit")
        await expectKind(subject.create({ retries: 0 }).deliver({ to: nextNumber(), template: "text", data: { text: "x" } }), "out-of-credit")
      },
    },
    {
      name: "maps a provider outage to unavailable",
      run: async () => {
        await reset()
        await arm("down")
        await expectKind(subject.create({ retries: 0 }).deliver({ to: nextNumber(), template: "text", data: { text: "x" } }), "unavailable")
      },
    },
    {
      name: "gives up after the timeout and does not retry (the message may have been sent)",
      run: async () => {
        await reset()
        await arm("delay", 800)
        const to = nextNumber()
        await expectKind(subject.create({ timeoutMs: 200, retries: 2 }).deliver({ to, template: "text", data: { text: "late" } }), "timeout")
        await new Promise((resolve) => setTimeout(resolve, 900))
        assert.equal((await outbox(subject, to)).length, 1, "a timed-out send must not be repeated")
      },
    },
  ]
}
