import { randomInt } from "node:crypto"
import { AbstractPaymentProvider, MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { GatewayTimeoutError } from "./http"
import { rialToGatewayAmount, toRialInteger, type GatewayUnit } from "./money"
import { isAllowedReturnUrl } from "./return-url"
import {
  INQUIRY_KEY,
  RETURN_KEY,
  type GatewayInquiry,
  type GatewayRedirect,
  type GatewayReturnReading,
  type GatewaySessionData,
  type GatewayVerification,
  type RawGatewayReturn,
  type ReversalState,
} from "./types"

/** Options every kit gateway takes; each gateway extends the schema with its own credentials and URLs. */
export const baseGatewayOptionsSchema = z.object({
  /** Public URL of this Medusa server; the bank returns the browser to <this>/iran-payments/callback/<provider id>. */
  callback_base_url: z.string().url(),
  /** Storefront origins a shopper may be returned to. */
  storefront_urls: z.array(z.string().url()).min(1),
  /** Per-call HTTP timeout towards the gateway. */
  timeout_ms: z.number().int().positive().max(120_000).default(10_000),
  /** Text shown on the bank page; `{order}` is replaced by our order reference. */
  description: z.string().min(1).max(200).default("پرداخت سفارش {order}"),
})

export type BaseGatewayOptions = z.infer<typeof baseGatewayOptionsSchema>

export type TokenRequest = {
  session_id: string
  order_reference: string
  amount: number
  callback_url: string
  description: string
  mobile?: string
  email?: string
}

export type ReverseResult = { ok: boolean; code?: string; message?: string }

/**
 * Validates options with a zod schema and turns every problem into one readable start-up error, e.g.
 * `Zarinpal options: merchant_id: must be a UUID`.
 */
export function parseGatewayOptions<T extends z.ZodTypeAny>(label: string, schema: T, options: unknown): z.infer<T> {
  const result = schema.safeParse(options ?? {})
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${label} options: ${problems.join("; ")}`)
  }
  return result.data
}

const MOBILE = /^(?:\+98|0098|98|0)?(9\d{9})$/

function normalizeMobile(value: unknown): string | undefined {
  if (typeof value !== "string") {
    return undefined
  }
  const digits = value
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\s\-()\u200c]/g, "")
  const match = MOBILE.exec(digits)
  return match ? `0${match[1]}` : undefined
}

/** A new numeric reference per attempt: Mellat and Parsian refuse a repeated order id. */
export function newOrderReference(now = Date.now()): string {
  return `${now}${randomInt(100, 1000)}`
}

/**
 * The base of every Iranian redirect gateway. A gateway implements the small protocol methods below;
 * this class maps them onto Medusa's payment provider contract:
 * initiate = request a token + build the redirect; the kit's return route hands the browser return to
 * `updatePayment`, which reads and matches it (no gateway call); `authorizePayment` verifies (and settles
 * where the gateway has it) and reports `captured`; cancel/refund reverse inside the gateway's window.
 */
export abstract class IranGatewayProvider<TOptions extends BaseGatewayOptions = BaseGatewayOptions> extends AbstractPaymentProvider<TOptions> {
  protected readonly options: TOptions
  protected readonly logger?: Logger

  /** Human name for messages, e.g. "Zarinpal". */
  protected abstract readonly label: string
  /** The unit this gateway's amounts are in. */
  protected abstract readonly unit: GatewayUnit
  /** How long after payment (see `reversalWindowStart`) a full reversal is possible; null when unknown. */
  protected abstract readonly reverseWindowMs: number | null

  /** Asks the gateway for a token/authority/RefId for this payment. */
  protected abstract requestToken(request: TokenRequest): Promise<{ token: string; extra?: Record<string, string | number> }>
  /** Where and how the browser goes to pay. */
  protected abstract buildRedirect(token: string, request: TokenRequest): GatewayRedirect
  /** Reads the browser return and matches it against the stored session; never calls the gateway. */
  protected abstract readReturn(raw: RawGatewayReturn, session: GatewaySessionData): GatewayReturnReading
  /** Verifies a paid return with the gateway (and settles, where the gateway has a settle step). */
  protected abstract verifyReturn(session: GatewaySessionData): Promise<Omit<GatewayVerification, "at">>
  /** Gives the money back inside the gateway's window. */
  protected abstract reverse(session: GatewaySessionData): Promise<ReverseResult>
  /**
   * Asks the gateway what became of a payment whose return or verify answer never arrived. `now` is the
   * reconciliation's clock: a session the bank can no longer pay (past the gateway's own window) and
   * that is not paid is `unpaid`, so it is not asked about again.
   */
  protected abstract inquire(session: GatewaySessionData, now: Date): Promise<Omit<GatewayInquiry, "at">>

  /**
   * Whether an earlier reversal of this verified payment went through, asked before the kit retries one
   * whose answer was lost (a timeout or a dropped connection after the bank did reverse). A gateway
   * without an inquiry keeps the default: its reversal call itself must then treat "already reversed"
   * as success.
   */
  protected async reversalState(_session: GatewaySessionData): Promise<{ state: ReversalState; code?: string }> {
    return { state: "unknown" }
  }

  /**
   * When the reversal window opens: by default the verification (Mellat: 3 h after verify). A gateway
   * whose window counts from the payment itself overrides it.
   */
  protected reversalWindowStart(session: GatewaySessionData, verifiedAt: string): string {
    return verifiedAt
  }

  private reversibleUntil(session: GatewaySessionData, verifiedAt: string): string | null {
    if (this.reverseWindowMs === null) {
      return null
    }
    return new Date(Date.parse(this.reversalWindowStart(session, verifiedAt)) + this.reverseWindowMs).toISOString()
  }

  protected constructor(cradle: Record<string, unknown>, options: TOptions) {
    super(cradle, options)
    this.options = options
    this.logger = cradle.logger as Logger | undefined
  }

  /**
   * The return route is keyed by the gateway's identifier; the session id in the query lets the route
   * find our own record, whose token must then match the one the bank sends back.
   */
  protected callbackUrl(sessionId: string, paymentCollectionId?: string): string {
    const base = this.options.callback_base_url.replace(/\/$/, "")
    // The collection lets the route recognise a return for a session Medusa has since replaced.
    const collection = paymentCollectionId ? `&payment_collection_id=${encodeURIComponent(paymentCollectionId)}` : ""
    return `${base}/iran-payments/callback/${encodeURIComponent(this.getIdentifier())}?session_id=${encodeURIComponent(sessionId)}${collection}`
  }

  protected description(orderReference: string): string {
    return this.options.description.replace("{order}", orderReference)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const data = (input.data ?? {}) as Record<string, unknown>
    const sessionId = typeof data.session_id === "string" ? data.session_id : input.context?.idempotency_key
    if (!sessionId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${this.label}: the payment session id is missing`)
    }
    if (String(input.currency_code).toLowerCase() !== "irr") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${this.label} takes payments in IRR only; this payment is in ${String(input.currency_code).toUpperCase()}`
      )
    }
    if (!isAllowedReturnUrl(data.return_url, this.options.storefront_urls)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `data.return_url must be a URL on one of the storefront origins this platform allows (${this.options.storefront_urls.join(", ")})`
      )
    }
    let rial: number
    let gatewayAmount: number
    try {
      rial = toRialInteger(input.amount)
      gatewayAmount = rialToGatewayAmount(rial, this.unit)
    } catch (error) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${this.label}: ${(error as Error).message}`)
    }
    const paymentCollectionId =
      typeof data.payment_collection_id === "string" && /^pay_col_\w+$/.test(data.payment_collection_id) ? data.payment_collection_id : undefined
    const orderReference = newOrderReference()
    const request: TokenRequest = {
      session_id: sessionId,
      order_reference: orderReference,
      amount: gatewayAmount,
      callback_url: this.callbackUrl(sessionId, paymentCollectionId),
      description: this.description(orderReference),
      mobile: normalizeMobile(data.mobile) ?? normalizeMobile(input.context?.customer?.phone),
      email: input.context?.customer?.email,
    }
    let token: string
    let extra: Record<string, string | number> = {}
    try {
      const result = await this.requestToken(request)
      token = result.token
      extra = result.extra ?? {}
    } catch (error) {
      throw this.toMedusaError("the payment request", error)
    }
    const sessionData: GatewaySessionData = {
      kit: "iran-payments",
      session_id: sessionId,
      gateway: this.getIdentifier(),
      token,
      order_reference: orderReference,
      amount: rial,
      currency_code: "irr",
      gateway_amount: gatewayAmount,
      gateway_unit: this.unit,
      return_url: data.return_url,
      callback_url: request.callback_url,
      redirect: this.buildRedirect(token, request),
      requested_at: new Date().toISOString(),
      extra,
      return: null,
      latest_return: null,
      verification: null,
      inquiry: null,
      reversed_at: null,
    }
    return { id: token, data: sessionData, status: PaymentSessionStatus.PENDING }
  }

  /**
   * Only the kit updates a session: to hand over the browser return (read and matched here, with no
   * gateway call) or to ask for an inquiry. An amount change needs a new session instead.
   */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const { [RETURN_KEY]: raw, [INQUIRY_KEY]: inquiryRequested, ...rest } = (input.data ?? {}) as Record<string, unknown>
    const session = rest as unknown as GatewaySessionData
    if (raw && typeof raw === "object") {
      const reading = this.readReturn(raw as RawGatewayReturn, session)
      const received = { ...reading, received_at: new Date().toISOString() }
      const keepPaid = session.return?.outcome === "paid" && reading.outcome !== "paid"
      return { data: { ...session, return: keepPaid ? session.return : received, latest_return: received } }
    }
    if (inquiryRequested) {
      const requestedAt = (inquiryRequested as { at?: unknown }).at
      const now = typeof requestedAt === "string" && !Number.isNaN(Date.parse(requestedAt)) ? new Date(requestedAt) : new Date()
      let inquiry: Omit<GatewayInquiry, "at">
      try {
        inquiry = await this.inquire(session, now)
      } catch (error) {
        this.logger?.warn(`${this.label} inquiry for session ${session.session_id} failed: ${(error as Error).message}`)
        inquiry = { state: "unknown" }
      }
      const data: GatewaySessionData = {
        ...session,
        inquiry: { ...inquiry, at: now.toISOString() },
        inquiries: (session.inquiries ?? 0) + 1,
      }
      // Nothing was paid and nothing can be any more: the session is over, and the reconciliation
      // job (which looks at pending sessions only) stops asking about it.
      return inquiry.state === "unpaid" ? { data, status: PaymentSessionStatus.CANCELED } : { data }
    }
    return { data: session }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const session = input.data as unknown as GatewaySessionData
    if (session.verification?.outcome === "verified") {
      return { status: PaymentSessionStatus.CAPTURED, data: session }
    }
    const paidByReturn = session.return?.outcome === "paid"
    const paidByInquiry = session.inquiry?.state === "paid"
    if (!paidByReturn && !paidByInquiry) {
      // Nothing says the shopper paid, so there is nothing to verify.
      return { status: PaymentSessionStatus.PENDING, data: session }
    }
    let verification: Omit<GatewayVerification, "at">
    try {
      verification = await this.verifyReturn(session)
    } catch (error) {
      // Only an answer the bank gave is definite. A timeout, a reset or refused connection, an HTML
      // error page or a SOAP fault says nothing about the money: `unknown`, so the reconciliation job
      // inquires and then verifies (settles) or lets it be reversed, never leaving it in between.
      verification = { outcome: "unknown", message: (error as Error).message }
    }
    const at = new Date().toISOString()
    const data: GatewaySessionData = { ...session, verification: { ...verification, at } }
    if (verification.outcome === "verified") {
      return { status: PaymentSessionStatus.CAPTURED, data: { ...data, reversible_until: this.reversibleUntil(session, at) } }
    }
    this.logger?.warn(
      `${this.label} verification of session ${session.session_id} ${verification.outcome}: ${verification.code ?? ""} ${verification.message ?? ""}`
    )
    return { status: verification.outcome === "unknown" ? PaymentSessionStatus.PENDING : PaymentSessionStatus.ERROR, data }
  }

  /** The bundled gateways capture during authorization (verify, or verify + settle). */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const session = input.data as unknown as GatewaySessionData
    if (session?.verification?.outcome !== "verified" || session.reversed_at) {
      return { data: input.data }
    }
    // A retry: the earlier reversal may have gone through with its answer lost. Ask first, so the bank
    // is not asked to reverse twice and a reversal it did is not counted as failed.
    // The marker is the kit's for this call only: it never stays on the payment as a stale clock.
    const { reversal_retry_at: retryAt, ...payment } = session
    const now = retryAt ? new Date(retryAt) : new Date()
    if (retryAt) {
      const earlier = await this.reversalState(payment).catch((error: Error) => {
        this.logger?.warn(`${this.label} reversal inquiry for session ${session.session_id} failed: ${error.message}`)
        return { state: "unknown" as const, code: undefined }
      })
      if (earlier.state === "reversed") {
        return { data: { ...payment, reversed_at: now.toISOString(), reversal_found: `inquiry:${earlier.code ?? "reversed"}` } }
      }
    }
    return { data: await this.reverseWithinWindow(payment, now) }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = input.data as unknown as GatewaySessionData
    if (session?.verification?.outcome !== "verified") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${this.label}: only a verified payment can be refunded`)
    }
    if (session.reversed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${this.label}: this payment was already reversed`)
    }
    const rial = toRialInteger(input.amount)
    if (rial !== session.amount) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${this.label} can only give back the whole payment (${session.amount} IRR) by reversal; refund part of it to the customer's wallet instead`
      )
    }
    return { data: await this.reverseWithinWindow(session) }
  }

  private async reverseWithinWindow(session: GatewaySessionData, now = new Date()): Promise<Record<string, unknown>> {
    const until =
      session.reversible_until !== undefined ? session.reversible_until : this.reversibleUntil(session, session.verification?.at ?? session.requested_at)
    if (this.reverseWindowMs !== null && until && now.getTime() > Date.parse(until)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${this.label} reverses a payment only within ${Math.round(this.reverseWindowMs / 60_000)} minutes; refund to the customer's wallet instead`
      )
    }
    let result: ReverseResult
    try {
      result = await this.reverse(session)
    } catch (error) {
      throw this.toMedusaError("the reversal", error)
    }
    if (!result.ok) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${this.label} refused the reversal (code ${result.code ?? "?"}${result.message ? `: ${result.message}` : ""}); refund to the customer's wallet instead`
      )
    }
    return { ...session, reversed_at: now.toISOString() }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    // An unpaid token simply expires at the gateway; nothing to call.
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const session = input.data as unknown as GatewaySessionData
    if (session?.reversed_at) {
      return { status: PaymentSessionStatus.CANCELED, data: input.data }
    }
    if (session?.verification?.outcome === "verified") {
      return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    }
    if (session?.verification?.outcome === "failed" || session?.return?.outcome === "canceled") {
      return { status: PaymentSessionStatus.ERROR, data: input.data }
    }
    return { status: PaymentSessionStatus.PENDING, data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  /** These gateways send no server-to-server webhooks: the browser return goes to the kit's route. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: "not_supported" }
  }

  private toMedusaError(what: string, error: unknown): MedusaError {
    if (error instanceof MedusaError) {
      return error
    }
    const message = error instanceof Error ? error.message : String(error)
    return new MedusaError(
      error instanceof GatewayTimeoutError ? MedusaError.Types.UNEXPECTED_STATE : MedusaError.Types.NOT_ALLOWED,
      `${this.label} could not process ${what}: ${message}`
    )
  }
}
