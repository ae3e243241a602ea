import {
  baseGatewayOptionsSchema,
  IranGatewayProvider,
  parseGatewayOptions,
  type GatewayInquiry,
  type GatewayRedirect,
  type GatewayReturnReading,
  type GatewaySessionData,
  type GatewayVerification,
  type RawGatewayReturn,
  type ReversalState,
  type ReverseResult,
  type TokenRequest,
} from "@asoud/iran-payments/provider"
import { z } from "@medusajs/framework/zod"
import { ZarinpalClient } from "./client"

const PRODUCTION_URL = "https://payment.zarinpal.com"
const SANDBOX_URL = "https://sandbox.zarinpal.com"

export const zarinpalOptionsSchema = baseGatewayOptionsSchema.extend({
  merchant_id: z.string().regex(/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/i, "must be the 36-character merchant UUID"),
  /** The unit Zarinpal counts in; the platform stays in IRR and converts at the edge. */
  currency: z.enum(["IRR", "IRT"]).default("IRR"),
  sandbox: z.boolean().default(false),
  /** Overrides the host (production, sandbox or the simulator). */
  base_url: z.string().url().optional(),
})

export type ZarinpalOptions = z.infer<typeof zarinpalOptionsSchema>

/** Reverse is only possible within 30 minutes of the payment. */
const REVERSE_WINDOW_MS = 30 * 60_000
/**
 * How long a shopper can pay an authority at Zarinpal, plus a margin for a payment finishing at the
 * very end of it. After that, inquiry keeps answering IN_BANK (or -54) for an abandoned checkout,
 * which can never turn into money.
 */
const PAYABLE_WINDOW_MS = 30 * 60_000
const PAYABLE_MARGIN_MS = 5 * 60_000
/** Inquiry codes that mean "no payment for this authority": invalid (-54), not paid (-51). */
const NOT_PAID_CODES = new Set([-51, -54])

export default class ZarinpalProviderService extends IranGatewayProvider<ZarinpalOptions> {
  static identifier = "zarinpal"

  static validateOptions(options: Record<string, unknown>): void {
    parseGatewayOptions("Zarinpal", zarinpalOptionsSchema, options)
  }

  protected readonly label = "Zarinpal"
  protected readonly reverseWindowMs = REVERSE_WINDOW_MS
  private readonly client: ZarinpalClient

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    const parsed = parseGatewayOptions("Zarinpal", zarinpalOptionsSchema, options)
    super(cradle, parsed)
    this.client = new ZarinpalClient({
      merchantId: parsed.merchant_id,
      baseUrl: parsed.base_url ?? (parsed.sandbox ? SANDBOX_URL : PRODUCTION_URL),
      timeoutMs: parsed.timeout_ms,
    })
  }

  protected get unit() {
    return this.options.currency
  }

  protected async requestToken(request: TokenRequest) {
    const result = await this.client.request({
      amount: request.amount,
      currency: this.unit,
      description: request.description,
      callback_url: request.callback_url,
      metadata: {
        ...(request.mobile ? { mobile: request.mobile } : {}),
        ...(request.email ? { email: request.email } : {}),
        order_id: request.order_reference,
      },
    })
    if (result.code !== 100 || !result.data.authority) {
      throw new Error(`request refused with code ${result.code} (${result.message})`)
    }
    return { token: result.data.authority, extra: { fee: result.data.fee ?? 0 } }
  }

  protected buildRedirect(token: string): GatewayRedirect {
    return { method: "GET", url: this.client.startPayUrl(token), fields: {} }
  }

  /** `GET callback?Authority=…&Status=OK|NOK`; the amount to verify always comes from our session. */
  protected readReturn(raw: RawGatewayReturn, session: GatewaySessionData): GatewayReturnReading {
    const authority = raw.query.Authority ?? raw.body.Authority ?? ""
    const status = raw.query.Status ?? raw.body.Status ?? ""
    const references = { Authority: authority, Status: status }
    if (authority !== session.token) {
      return { outcome: "rejected", reason: "the Authority does not belong to this payment", references }
    }
    if (status !== "OK") {
      return { outcome: "canceled", code: status || "NOK", references }
    }
    return { outcome: "paid", references }
  }

  protected async verifyReturn(session: GatewaySessionData): Promise<Omit<GatewayVerification, "at">> {
    const result = await this.client.verify({ amount: session.gateway_amount, authority: session.token })
    // 101: verified before (a replay or our own timed-out call): success, counted once by the kit.
    if (result.code === 100 || result.code === 101) {
      return {
        outcome: "verified",
        code: String(result.code),
        bank_reference: result.data.ref_id !== undefined ? String(result.data.ref_id) : undefined,
        card_pan: result.data.card_pan,
        calls: [`verify:${result.code}`],
      }
    }
    const message = result.code === -50 ? "amount mismatch: the bank holds a different amount for this payment" : result.message
    return { outcome: "failed", code: String(result.code), message, calls: [`verify:${result.code}`] }
  }

  protected async reverse(session: GatewaySessionData): Promise<ReverseResult> {
    const result = await this.client.reverse(session.token)
    return { ok: result.code === 100, code: String(result.code), message: result.message }
  }

  /** The window counts from the payment, which the browser's paid return follows within seconds. */
  protected reversalWindowStart(session: GatewaySessionData, verifiedAt: string): string {
    // Verified through an inquiry (no return): the payment may be as old as the request.
    return session.return?.outcome === "paid" ? session.return.received_at : session.requested_at ?? verifiedAt
  }

  /** inquiry.json knows a reversed payment: REVERSED; VERIFIED means it was not reversed. */
  protected async reversalState(session: GatewaySessionData): Promise<{ state: ReversalState; code?: string }> {
    const result = await this.client.inquiry(session.token)
    const status = result.code === 100 ? result.data.status : String(result.code)
    return { state: status === "REVERSED" ? "reversed" : status === "VERIFIED" ? "not_reversed" : "unknown", code: status }
  }

  protected async inquire(session: GatewaySessionData, now: Date): Promise<Omit<GatewayInquiry, "at">> {
    const result = await this.client.inquiry(session.token)
    const windowClosed = now.getTime() - Date.parse(session.requested_at) > PAYABLE_WINDOW_MS + PAYABLE_MARGIN_MS
    if (result.code !== 100) {
      // Past the window a "no such payment" answer is final; before it the shopper may still pay.
      return NOT_PAID_CODES.has(result.code) && windowClosed
        ? { state: "unpaid", code: `expired:${result.code}` }
        : { state: "unknown", code: String(result.code) }
    }
    const status = result.data.status
    if (status === "PAID" || status === "VERIFIED") {
      return { state: "paid", code: status }
    }
    if (status === "FAILED" || status === "REVERSED") {
      return { state: "unpaid", code: status }
    }
    if (status === "IN_BANK" && windowClosed) {
      return { state: "unpaid", code: "expired:IN_BANK" }
    }
    return { state: "unknown", code: status }
  }
}
