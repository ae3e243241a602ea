import { SmsProviderError, callProvider } from "@asoud/sms/kit"

export const KAVENEGAR_BASE_URL = "https://api.kavenegar.com"

export type KavenegarEntry = {
  messageid: number
  message: string
  status: number
  statustext: string
  sender: string
  receptor: string
  date: number
  cost: number
}

type Envelope = { return?: { status?: number; message?: string }; entries?: KavenegarEntry[] }

/**
 * Kavenegar's `return.status` codes → what the failover provider does with them.
 * 411 (bad receptor) and 413 (empty or too long text) would fail at any provider: no failover.
 */
export function kavenegarError(status: number | undefined, message: string): SmsProviderError {
  const provider = "kavenegar"
  const text = `${message} (${status ?? "no status"})`
  switch (status) {
    case 411:
      return new SmsProviderError({ kind: "invalid-recipient", provider, message: text, providerCode: status })
    case 413:
      return new SmsProviderError({ kind: "invalid-request", provider, message: text, providerCode: status })
    case 418:
      return new SmsProviderError({ kind: "out-of-credit", provider, message: text, providerCode: status })
    case 409:
      // "Server busy, retry later": the message was not taken, so retrying cannot send it twice.
      return new SmsProviderError({ kind: "unavailable", provider, message: text, providerCode: status, retryable: true })
    case 401:
    case 403:
    case 407:
    case 416:
    case 430:
      return new SmsProviderError({ kind: "auth", provider, message: text, providerCode: status })
    default:
      return new SmsProviderError({ kind: "rejected", provider, message: text, providerCode: status })
  }
}

/** Kavenegar's REST wire protocol: the API key sits in the path, bodies are urlencoded forms. */
export class KavenegarClient {
  constructor(
    private readonly config: { apiKey: string; baseUrl?: string; timeoutMs: number }
  ) {}

  private async call(scope: string, method: string, form: Record<string, string>): Promise<KavenegarEntry[]> {
    const base = (this.config.baseUrl ?? KAVENEGAR_BASE_URL).replace(/\/$/, "")
    const url = `${base}/v1/${encodeURIComponent(this.config.apiKey)}/${scope}/${method}.json`
    const answer = await callProvider({ provider: "kavenegar", url, form, timeoutMs: this.config.timeoutMs })
    const envelope = (typeof answer.body === "object" ? answer.body : undefined) as Envelope | undefined
    if (!envelope?.return) {
      throw new SmsProviderError({
        kind: "unavailable",
        provider: "kavenegar",
        message: `HTTP ${answer.status} without a Kavenegar envelope`,
        retryable: answer.status === 502 || answer.status === 503,
      })
    }
    if (envelope.return.status !== 200) {
      throw kavenegarError(envelope.return.status, envelope.return.message ?? "error")
    }
    return envelope.entries ?? []
  }

  send(input: { receptor: string; message: string; sender?: string }): Promise<KavenegarEntry[]> {
    const form: Record<string, string> = { receptor: input.receptor, message: input.message }
    if (input.sender) {
      form.sender = input.sender
    }
    return this.call("sms", "send", form)
  }

  /** verify/lookup: `tokens` holds token, token2, token3, token10, token20. */
  lookup(input: { receptor: string; template: string; tokens: Record<string, string>; type?: "sms" | "call" }): Promise<KavenegarEntry[]> {
    return this.call("verify", "lookup", {
      receptor: input.receptor,
      template: input.template,
      ...input.tokens,
      type: input.type ?? "sms",
    })
  }
}
