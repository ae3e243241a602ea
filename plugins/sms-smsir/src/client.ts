import { SmsProviderError, callProvider } from "@asoud/sms/kit"

export const SMSIR_BASE_URL = "https://api.sms.ir"

type Envelope<T> = { status?: number; message?: string; data?: T }

export type SmsIrVerifyResult = { messageId: number; cost: number }
export type SmsIrBulkResult = { packId: string; messageIds: Array<number | null>; cost: number }

/**
 * SMS.ir answers `status: 1` for success and a Persian `message` otherwise; its other status codes
 * are not published, so we classify by HTTP status and recognise "credit" in the message.
 */
export function smsIrError(httpStatus: number, envelope: Envelope<unknown> | undefined): SmsProviderError {
  const provider = "smsir"
  const message = `${envelope?.message ?? "error"} (HTTP ${httpStatus}, status ${envelope?.status ?? "-"})`
  const providerCode = envelope?.status
  if (httpStatus === 401 || httpStatus === 403) {
    return new SmsProviderError({ kind: "auth", provider, message, providerCode })
  }
  if (httpStatus === 429) {
    // Throttled before anything was queued: safe to try again.
    return new SmsProviderError({ kind: "unavailable", provider, message, providerCode, retryable: true })
  }
  if (httpStatus >= 500 || !envelope) {
    return new SmsProviderError({ kind: "unavailable", provider, message, providerCode })
  }
  if (/اعتبار|credit/i.test(envelope.message ?? "")) {
    return new SmsProviderError({ kind: "out-of-credit", provider, message, providerCode })
  }
  return new SmsProviderError({ kind: "rejected", provider, message, providerCode })
}

/** SMS.ir v1 REST: JSON bodies, the API key in the `x-api-key` header. */
export class SmsIrClient {
  constructor(private readonly config: { apiKey: string; baseUrl?: string; timeoutMs: number }) {}

  private async call<T>(path: string, body: unknown): Promise<T> {
    const base = (this.config.baseUrl ?? SMSIR_BASE_URL).replace(/\/$/, "")
    const answer = await callProvider({
      provider: "smsir",
      url: `${base}/v1/${path}`,
      headers: { "x-api-key": this.config.apiKey },
      json: body,
      timeoutMs: this.config.timeoutMs,
    })
    const envelope = (typeof answer.body === "object" ? answer.body : undefined) as Envelope<T> | undefined
    if (answer.status !== 200 || envelope?.status !== 1 || envelope.data === undefined) {
      throw smsIrError(answer.status, envelope)
    }
    return envelope.data
  }

  verify(input: { mobile: string; templateId: number; parameters: Array<{ name: string; value: string }> }): Promise<SmsIrVerifyResult> {
    return this.call("send/verify", input)
  }

  bulk(input: { lineNumber: number; messageText: string; mobiles: string[]; sendDateTime?: number | null }): Promise<SmsIrBulkResult> {
    return this.call("send/bulk", { sendDateTime: null, ...input })
  }
}
