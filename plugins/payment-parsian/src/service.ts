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
  type ReverseResult,
  type TokenRequest,
} from "@asoud/iran-payments/provider"
import { z } from "@medusajs/framework/zod"
import { ParsianClient } from "./client"

export const parsianOptionsSchema = baseGatewayOptionsSchema.extend({
  /** The merchant PIN (LoginAccount). */
  pin: z.string().min(1),
  /** The host for the SOAP services and NewIPG (production https://pec.shaparak.ir, or the simulator). */
  base_url: z.string().url().default("https://pec.shaparak.ir"),
})

export type ParsianOptions = z.infer<typeof parsianOptionsSchema>

/** A token lives about 15 minutes; after that nobody can pay it. */
const TOKEN_LIFETIME_MS = 15 * 60_000
const ALREADY_CONFIRMED = -1533
const ALREADY_REVERSED = -1551

type PaidReturn = Extract<GatewayReturnReading, { outcome: "paid" }>

export default class ParsianProviderService extends IranGatewayProvider<ParsianOptions> {
  static identifier = "parsian"

  static validateOptions(options: Record<string, unknown>): void {
    parseGatewayOptions("Parsian", parsianOptionsSchema, options)
  }

  protected readonly label = "Parsian"
  protected readonly unit = "IRR" as const
  /** The reversal window is not published (code -1549 exists); the gateway decides. */
  protected readonly reverseWindowMs = null
  private readonly client: ParsianClient

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    const parsed = parseGatewayOptions("Parsian", parsianOptionsSchema, options)
    super(cradle, parsed)
    this.client = new ParsianClient({ pin: parsed.pin, baseUrl: parsed.base_url, timeoutMs: parsed.timeout_ms })
  }

  protected async requestToken(request: TokenRequest) {
    const result = await this.client.salePaymentRequest({
      amount: request.amount,
      orderId: request.order_reference,
      callBackUrl: request.callback_url,
      additionalData: request.description,
      originator: request.mobile,
    })
    if (result.status !== 0 || !/^[1-9]\d*$/.test(result.token)) {
      throw new Error(`SalePaymentRequest refused with status ${result.status}${result.message ? ` (${result.message})` : ""}`)
    }
    return { token: result.token }
  }

  protected buildRedirect(token: string): GatewayRedirect {
    return { method: "GET", url: `${this.client.redirectBase}?Token=${encodeURIComponent(token)}`, fields: {} }
  }

  /** POST Token, status (lower-case), OrderId, TerminalNo, RRN, HashCardNumber, Amount. */
  protected readReturn(raw: RawGatewayReturn, session: GatewaySessionData): GatewayReturnReading {
    const f = { ...raw.query, ...raw.body }
    const references = { Token: f.Token ?? "", status: f.status ?? "", OrderId: f.OrderId ?? "", RRN: f.RRN ?? "", TerminalNo: f.TerminalNo ?? "" }
    if (references.Token !== session.token) {
      return { outcome: "rejected", reason: "the Token does not belong to this payment", references }
    }
    if (references.OrderId !== session.order_reference) {
      return { outcome: "rejected", reason: "the OrderId does not belong to this payment", references }
    }
    if (references.status !== "0") {
      return { outcome: references.status === "-138" ? "canceled" : "failed", code: references.status || "missing", references }
    }
    const amount = /^\d+$/.test(f.Amount ?? "") ? Number(f.Amount) : undefined
    return { outcome: "paid", references, reported_amount: amount }
  }

  /**
   * ConfirmPayment, once. Success is Status 0 with an RRN. The gateway has been seen to answer success to
   * a repeated confirm, so idempotency is ours (the kit never confirms a verified session again); -1533
   * (already confirmed) only counts after our own confirm went unanswered.
   */
  protected async verifyReturn(session: GatewaySessionData): Promise<Omit<GatewayVerification, "at">> {
    const paid = session.return as PaidReturn
    if (paid.reported_amount !== undefined && paid.reported_amount !== session.gateway_amount) {
      const reversal = await this.client.reversalRequest(session.token).catch(() => undefined)
      return {
        outcome: "failed",
        code: "amount_mismatch",
        message: `amount mismatch: the bank reports ${paid.reported_amount} IRR instead of ${session.gateway_amount}; reversal ${reversal?.status === 0 ? "done" : "not confirmed"}`,
        reversed: reversal?.status === 0,
        calls: [`reversal:${reversal?.status ?? "timeout"}`],
      }
    }
    const result = await this.client.confirmPayment(session.token)
    const calls = [`confirm:${result.status}`]
    if (result.status === 0 && /^[1-9]\d*$/.test(result.rrn)) {
      return { outcome: "verified", code: "0", bank_reference: result.rrn, card_pan: result.cardNumberMasked || undefined, calls }
    }
    if (result.status === ALREADY_CONFIRMED && session.verification?.outcome === "unknown") {
      return { outcome: "verified", code: String(result.status), bank_reference: paid.references.RRN, calls }
    }
    return { outcome: "failed", code: String(result.status), message: `ConfirmPayment answered ${result.status}`, calls }
  }

  protected async reverse(session: GatewaySessionData): Promise<ReverseResult> {
    const result = await this.client.reversalRequest(session.token)
    // PEC has no inquiry: a retried reversal answering -1551 (already reversed) is how it says that the
    // earlier one, whose answer was lost, went through.
    return { ok: result.status === 0 || result.status === ALREADY_REVERSED, code: String(result.status), message: result.message }
  }

  /** PEC has no inquiry call: a paid return is confirmed again; a token nobody paid expires. */
  protected async inquire(session: GatewaySessionData, now: Date): Promise<Omit<GatewayInquiry, "at">> {
    if (session.return?.outcome === "paid") {
      return { state: "paid", code: "returned-paid" }
    }
    const age = now.getTime() - Date.parse(session.requested_at)
    return age > TOKEN_LIFETIME_MS ? { state: "unpaid", code: "token-expired" } : { state: "unknown" }
  }
}
