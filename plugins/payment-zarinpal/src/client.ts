import { GatewayProtocolError, postToGateway } from "@asoud/iran-payments/provider"

export type ZarinpalCurrency = "IRR" | "IRT"

export type ZarinpalClientConfig = {
  merchantId: string
  /** e.g. https://payment.zarinpal.com, https://sandbox.zarinpal.com, or the simulator's URL. */
  baseUrl: string
  timeoutMs: number
}

/** What every v4 call answers: `data.code` on success, `errors.code` otherwise (whatever the HTTP status). */
export type ZarinpalResult<T> = { code: number; message: string; data: T }

export type ZarinpalRequestInput = {
  amount: number
  currency: ZarinpalCurrency
  description: string
  callback_url: string
  metadata?: { mobile?: string; email?: string; order_id?: string }
}

export type ZarinpalVerifyData = { ref_id?: number; card_pan?: string; card_hash?: string; fee?: number; fee_type?: string }

export type ZarinpalInquiryStatus = "VERIFIED" | "PAID" | "IN_BANK" | "FAILED" | "REVERSED"

/** Zarinpal Payment Gateway v4: JSON over HTTPS, every call a POST. */
export class ZarinpalClient {
  constructor(private readonly config: ZarinpalClientConfig) {}

  private get base(): string {
    return this.config.baseUrl.replace(/\/$/, "")
  }

  startPayUrl(authority: string): string {
    return `${this.base}/pg/StartPay/${encodeURIComponent(authority)}`
  }

  private async call<T>(operation: string, body: Record<string, unknown>): Promise<ZarinpalResult<T>> {
    const response = await postToGateway(`Zarinpal ${operation}`, `${this.base}/pg/v4/payment/${operation}.json`, {
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ merchant_id: this.config.merchantId, ...body }),
      timeoutMs: this.config.timeoutMs,
    })
    let parsed: { data?: unknown; errors?: unknown }
    try {
      parsed = JSON.parse(response.text)
    } catch {
      throw new GatewayProtocolError(`Zarinpal ${operation}`, `HTTP ${response.status} without a JSON body`)
    }
    const errors = parsed.errors as { code?: number; message?: string } | unknown[] | undefined
    if (errors && !Array.isArray(errors) && typeof errors.code === "number") {
      return { code: errors.code, message: errors.message ?? "", data: {} as T }
    }
    const data = parsed.data as (T & { code?: number; message?: string }) | undefined
    if (!data || typeof data.code !== "number") {
      throw new GatewayProtocolError(`Zarinpal ${operation}`, `HTTP ${response.status} without a result code`)
    }
    return { code: data.code, message: data.message ?? "", data }
  }

  request(input: ZarinpalRequestInput) {
    return this.call<{ authority?: string; fee?: number; fee_type?: string }>("request", input)
  }

  verify(input: { amount: number; authority: string }) {
    return this.call<ZarinpalVerifyData>("verify", input)
  }

  inquiry(authority: string) {
    return this.call<{ status?: ZarinpalInquiryStatus }>("inquiry", { authority })
  }

  unverified() {
    return this.call<{ authorities?: Array<{ authority: string; amount: number; callback_url: string; date: string }> }>("unVerified", {})
  }

  reverse(authority: string) {
    return this.call<Record<string, never>>("reverse", { authority })
  }
}
