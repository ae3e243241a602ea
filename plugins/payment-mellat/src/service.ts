import {
  baseGatewayOptionsSchema,
  GatewayTimeoutError,
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
import { MellatClient, mellatMobile, type MellatReferenceInput } from "./client"

export const mellatOptionsSchema = baseGatewayOptionsSchema.extend({
  terminal_id: z.coerce.number().int().positive(),
  username: z.string().min(1),
  password: z.string().min(1),
  /** The host for SOAP and StartPay (production https://bpm.shaparak.ir, or the simulator). */
  base_url: z.string().url().default("https://bpm.shaparak.ir"),
})

export type MellatOptions = z.infer<typeof mellatOptionsSchema>

/** Verify must come within 20 minutes of payment or the bank reverses it; reversal within 3 h of verify. */
const AUTO_REVERSE_MS = 20 * 60_000
const REVERSAL_WINDOW_MS = 3 * 60 * 60_000

type PaidReturn = Extract<GatewayReturnReading, { outcome: "paid" }>

/** A call that got no readable ResCode, by kind, for the verification's call trail. */
function noAnswer(error: unknown): string {
  return error instanceof GatewayTimeoutError ? "timeout" : "no-answer"
}

export default class MellatProviderService extends IranGatewayProvider<MellatOptions> {
  static identifier = "mellat"

  static validateOptions(options: Record<string, unknown>): void {
    parseGatewayOptions("Mellat", mellatOptionsSchema, options)
  }

  protected readonly label = "Mellat"
  protected readonly unit = "IRR" as const
  protected readonly reverseWindowMs = REVERSAL_WINDOW_MS
  private readonly client: MellatClient
  private readonly startPayUrl: string

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    const parsed = parseGatewayOptions("Mellat", mellatOptionsSchema, options)
    super(cradle, parsed)
    const base = parsed.base_url.replace(/\/$/, "")
    this.startPayUrl = `${base}/pgwchannel/startpay.mellat`
    this.client = new MellatClient({
      terminalId: parsed.terminal_id,
      userName: parsed.username,
      userPassword: parsed.password,
      soapUrl: `${base}/pgwchannel/services/pgw`,
      timeoutMs: parsed.timeout_ms,
    })
  }

  protected async requestToken(request: TokenRequest) {
    const { resCode, refId } = await this.client.payRequest({
      orderId: request.order_reference,
      amount: request.amount,
      callBackUrl: request.callback_url,
      additionalData: request.description,
      mobileNo: mellatMobile(request.mobile),
    })
    if (resCode !== "0" || !refId) {
      throw new Error(`bpPayRequest refused with ResCode ${resCode}`)
    }
    return { token: refId }
  }

  /** Mellat takes the RefId by form POST only; a GET is refused. */
  protected buildRedirect(token: string, request: TokenRequest): GatewayRedirect {
    const mobileNo = mellatMobile(request.mobile)
    return { method: "POST", url: this.startPayUrl, fields: { RefId: token, ...(mobileNo ? { MobileNo: mobileNo } : {}) } }
  }

  /**
   * POST RefId, ResCode, SaleOrderId, SaleReferenceId, CardHolderPan, FinalAmount. RefId and SaleOrderId
   * must be the ones of this payment's bpPayRequest, or verify must not be called (Behpardakht §2.4).
   */
  protected readReturn(raw: RawGatewayReturn, session: GatewaySessionData): GatewayReturnReading {
    const f = { ...raw.query, ...raw.body }
    const references = { RefId: f.RefId ?? "", ResCode: f.ResCode ?? "", SaleOrderId: f.SaleOrderId ?? "", SaleReferenceId: f.SaleReferenceId ?? "" }
    if (references.RefId !== session.token) {
      return { outcome: "rejected", reason: "the RefId does not belong to this payment", references }
    }
    if (references.SaleOrderId !== session.order_reference) {
      return { outcome: "rejected", reason: "the SaleOrderId does not belong to this payment", references }
    }
    if (references.ResCode !== "0") {
      return { outcome: references.ResCode === "17" ? "canceled" : "failed", code: references.ResCode, references }
    }
    if (!/^\d+$/.test(references.SaleReferenceId)) {
      return { outcome: "rejected", reason: "the return carries no SaleReferenceId", references }
    }
    const finalAmount = /^\d+$/.test(f.FinalAmount ?? "") ? Number(f.FinalAmount) : undefined
    return { outcome: "paid", references: { ...references, FinalAmount: f.FinalAmount ?? "" }, card_pan: f.CardHolderPan || undefined, reported_amount: finalAmount }
  }

  private referenceOf(session: GatewaySessionData): MellatReferenceInput | undefined {
    const paid = session.return?.outcome === "paid" ? (session.return as PaidReturn) : undefined
    if (!paid?.references.SaleReferenceId) {
      return undefined
    }
    return { orderId: session.order_reference, saleOrderId: session.order_reference, saleReferenceId: paid.references.SaleReferenceId }
  }

  /**
   * verify → settle. 43 (already verified) and 45 (already settled) count as success and 48 (reversed)
   * as failure, and none of them triggers a reversal: a replay must never reverse a good payment. A verify
   * without answer is followed by an inquiry; any other failure after the money was taken is reversed.
   */
  protected async verifyReturn(session: GatewaySessionData): Promise<Omit<GatewayVerification, "at">> {
    const reference = this.referenceOf(session)
    if (!reference) {
      return { outcome: "failed", message: "no paid return to verify" }
    }
    const paid = session.return as PaidReturn
    const calls: string[] = []
    const reverse = async (reason: string, code?: string): Promise<Omit<GatewayVerification, "at">> => {
      const reversal = await this.client.reversal(reference).catch(noAnswer)
      calls.push(`reversal:${reversal}`)
      return { outcome: "failed", code, message: `${reason}; reversal ${reversal === "0" ? "done" : `answered ${reversal}`}`, reversed: reversal === "0", calls }
    }

    let verify: string
    try {
      verify = await this.client.verify(reference)
      calls.push(`verify:${verify}`)
    } catch (error) {
      // No definite answer (timeout, reset, HTML error page, SOAP fault): ask before going on.
      calls.push(`verify:${noAnswer(error)}`)
      const inquiry = await this.client.inquiry(reference).catch(noAnswer)
      calls.push(`inquiry:${inquiry}`)
      if (inquiry !== "0") {
        return inquiry === "48" ? { outcome: "failed", code: "48", message: "the bank reversed the payment", calls } : { outcome: "unknown", message: "verify got no answer", calls }
      }
      verify = "0"
    }
    if (verify === "48") {
      return { outcome: "failed", code: verify, message: "the bank reversed the payment (verify came too late)", calls }
    }
    if (verify !== "0" && verify !== "43") {
      return reverse(`verify refused with ResCode ${verify}`, verify)
    }
    if (paid.reported_amount !== undefined && paid.reported_amount !== session.gateway_amount) {
      return reverse(`amount mismatch: the bank took ${paid.reported_amount} IRR instead of ${session.gateway_amount}`, "amount_mismatch")
    }

    let settle: string
    try {
      settle = await this.client.settle(reference)
      calls.push(`settle:${settle}`)
    } catch (error) {
      // The money is verified and the settle answer is unreadable: `unknown`, so reconciliation asks
      // (inquiry 0), then verifies again (43) and settles (0 or 45); never left verified and unsettled.
      calls.push(`settle:${noAnswer(error)}`)
      return { outcome: "unknown", message: `settle got no definite answer (${(error as Error).message})`, calls }
    }
    if (settle === "0" || settle === "45") {
      return { outcome: "verified", code: settle, bank_reference: reference.saleReferenceId, card_pan: paid.card_pan, calls }
    }
    if (settle === "48") {
      return { outcome: "failed", code: settle, message: "the bank reversed the payment", calls }
    }
    return reverse(`settle refused with ResCode ${settle}`, settle)
  }

  protected async reverse(session: GatewaySessionData): Promise<ReverseResult> {
    const reference = this.referenceOf(session)
    if (!reference) {
      return { ok: false, message: "no bank reference to reverse" }
    }
    const code = await this.client.reversal(reference)
    // 48: already reversed (our earlier reversal whose answer was lost, or the bank's own): the money is back.
    return { ok: code === "0" || code === "48", code }
  }

  /** bpInquiryRequest: 48 is a reversed payment, 0 a verified one still standing. */
  protected async reversalState(session: GatewaySessionData): Promise<{ state: ReversalState; code?: string }> {
    const reference = this.referenceOf(session)
    if (!reference) {
      return { state: "unknown" }
    }
    const code = await this.client.inquiry(reference)
    return { state: code === "48" ? "reversed" : code === "0" ? "not_reversed" : "unknown", code }
  }

  protected async inquire(session: GatewaySessionData, now: Date): Promise<Omit<GatewayInquiry, "at">> {
    const reference = this.referenceOf(session)
    if (!reference) {
      // Without SaleReferenceId there is nothing to ask; an unverified payment is reversed by the bank.
      const age = now.getTime() - Date.parse(session.requested_at)
      return age > AUTO_REVERSE_MS ? { state: "unpaid", code: "no-return" } : { state: "unknown" }
    }
    const code = await this.client.inquiry(reference)
    if (code === "0" || code === "44") {
      return { state: "paid", code }
    }
    return { state: "unpaid", code }
  }
}
