import { randomInt } from "node:crypto"
import type { SimulatedService, SimulatorContext } from "../core/context"
import type { SimRequest, SimResponse } from "../core/http"
import { isTransportFault, transportFaultResponse } from "../core/transport"
import { bankPage, DEMO_CARD, deadEndPage, errorPage, sendStrayReturn, sleep } from "./bank-page"

/**
 * Zarinpal Payment Gateway v4 (REST/JSON) on its real paths: request/verify/inquiry/unVerified/reverse
 * and StartPay. Faults (service "zarinpal"): `code` on request|verify|inquiry|reverse|unverified forces
 * that result code; `timeout` (value = ms) on verify|reverse commits, then answers after the delay;
 * on "pay", `amount` makes the bank take a different amount; on "return", `tamper` (value = Authority to
 * send), `duplicate` (a second concurrent return) and `drop` (the browser never comes back). Transport
 * faults on any JSON operation: `reset`, `html` (value = HTTP status) and `soap-fault` do the work, then
 * break the answer. A `created` authority can be paid for AUTHORITY_LIFETIME_MS (30 minutes); inquiry
 * keeps answering IN_BANK for it afterwards, as the real gateway does.
 */
const SERVICE = "zarinpal"
const UUID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/i
const REVERSE_WINDOW_MS = 30 * 60_000
/** How long a shopper can pay an authority (Zarinpal's own window). */
export const AUTHORITY_LIFETIME_MS = 30 * 60_000

/** The simulator's demo merchant: like the real sandbox, any UUID is accepted. */
export const ZARINPAL_DEMO_MERCHANT_ID = "8e1a5e4c-0b6f-4c61-9d43-2a5f9c1d7b3e"

type ZarinpalPayment = {
  authority: string
  merchant_id: string
  amount: number
  currency: "IRR" | "IRT"
  callback_url: string
  description: string
  mobile?: string
  state: "created" | "paid" | "canceled" | "failed" | "verified" | "reversed"
  paid_amount?: number
  ref_id?: number
  created_at: number
  paid_at?: number
}

const MESSAGES: Record<number, string> = {
  100: "Success",
  101: "Verified",
  [-9]: "The input params invalid, validation error.",
  [-10]: "Terminal is not valid, please check merchant_id or ip address.",
  [-50]: "Session is not valid, amounts values is not the same.",
  [-51]: "Session is not valid, session is not active paid try.",
  [-53]: "Session is not this merchant_id session",
  [-54]: "Invalid authority.",
  [-63]: "Maximum time for reverse this session is expired.",
}

function ok(data: Record<string, unknown>): SimResponse {
  return { body: { data, errors: [] } }
}

function fail(code: number, validations?: string[]): SimResponse {
  return {
    status: code === -9 ? 422 : 400,
    body: { data: [], errors: { code, message: MESSAGES[code] ?? "Error", validations: validations ?? [] } },
  }
}

function newAuthority(): string {
  let digits = ""
  while (digits.length < 35) {
    digits += String(randomInt(0, 10))
  }
  return `A${digits}`
}

export function createZarinpalService(): SimulatedService {
  const payments = new Map<string, ZarinpalPayment>()
  let context: SimulatorContext

  const log = (operation: string, request: unknown, response: SimResponse) => {
    context.calls.record({ service: SERVICE, operation, request, response: response.body, at: context.clock.now() })
    return response
  }

  const forced = (operation: string): SimResponse | undefined => {
    const fault = context.faults.take(SERVICE, operation)
    if (fault?.kind === "code") {
      const code = Number(fault.value)
      return code >= 100 ? ok({ code, message: MESSAGES[code] ?? "OK" }) : fail(code)
    }
    if (fault?.kind === "timeout") {
      return { status: -1, body: { delay: Number(fault.value ?? 15_000) } }
    }
    if (isTransportFault(fault)) {
      return { status: -2, body: transportFaultResponse(fault) }
    }
    return undefined
  }

  /** A `timeout` fault: the work is committed, the answer arrives after the client gave up. */
  const answer = async (operation: string, request: unknown, fault: SimResponse | undefined, run: () => SimResponse) => {
    if (fault && fault.status !== -1 && fault.status !== -2) {
      return log(operation, request, fault)
    }
    const response = run()
    log(operation, request, response)
    if (fault?.status === -2) {
      return fault.body as SimResponse
    }
    if (fault?.status === -1) {
      await sleep((fault.body as { delay: number }).delay)
    }
    return response
  }

  const lookup = (body: Record<string, unknown> | undefined): ZarinpalPayment | SimResponse => {
    const authority = String(body?.authority ?? "")
    if (!/^[AS][0-9a-zA-Z]{35}$/.test(authority)) {
      return fail(-54)
    }
    const payment = payments.get(authority)
    if (!payment) {
      return fail(-54)
    }
    if (payment.merchant_id !== body?.merchant_id) {
      return fail(-53)
    }
    return payment
  }

  const request = (req: SimRequest): Promise<SimResponse> => {
    const body = req.body ?? {}
    return answer("request", body, forced("request"), () => createAuthority(body))
  }

  const createAuthority = (body: Record<string, unknown>): SimResponse => {
    const problems: string[] = []
    if (!UUID.test(String(body.merchant_id ?? ""))) problems.push("merchant_id must be a 36-character UUID")
    if (!Number.isInteger(body.amount) || Number(body.amount) < 1000) problems.push("amount must be an integer of at least 1000")
    const currency = (body.currency ?? "IRR") as string
    if (currency !== "IRR" && currency !== "IRT") problems.push("currency must be IRR or IRT")
    if (typeof body.description !== "string" || !body.description || body.description.length > 500) problems.push("description is required, at most 500 characters")
    if (typeof body.callback_url !== "string" || !/^https?:\/\//.test(body.callback_url)) problems.push("callback_url is required")
    const mobile = (body.metadata as Record<string, unknown> | undefined)?.mobile
    if (mobile !== undefined && !/^09[0-9]{9}$/.test(String(mobile))) problems.push("metadata.mobile must match ^09[0-9]{9}$")
    if (problems.length) {
      return fail(-9, problems)
    }
    const authority = newAuthority()
    payments.set(authority, {
      authority,
      merchant_id: String(body.merchant_id),
      amount: Number(body.amount),
      currency: currency as "IRR" | "IRT",
      callback_url: String(body.callback_url),
      description: String(body.description),
      mobile: mobile as string | undefined,
      state: "created",
      created_at: context.clock.now(),
    })
    return ok({ code: 100, message: "Success", authority, fee_type: "Merchant", fee: 0 })
  }

  const startPay = (req: SimRequest): SimResponse => {
    const payment = payments.get(req.params.authority)
    if (!payment) {
      return errorPage("تراکنش یافت نشد (Invalid authority)", 404)
    }
    if (payment.state !== "created") {
      return errorPage("این تراکنش قبلاً انجام شده است")
    }
    if (context.clock.now() - payment.created_at > AUTHORITY_LIFETIME_MS) {
      return errorPage("زمان پرداخت این تراکنش به پایان رسیده است")
    }
    return bankPage({
      gateway: "Zarinpal",
      action: `${context.baseUrl()}/pg/StartPay/${payment.authority}`,
      amountText: `${payment.amount.toLocaleString("en-US")} ${payment.currency === "IRT" ? "تومان" : "ریال"}`,
      reference: payment.authority,
      hidden: {},
    })
  }

  const pay = (req: SimRequest): SimResponse => {
    const payment = payments.get(req.params.authority)
    if (!payment || payment.state !== "created") {
      return errorPage("تراکنش یافت نشد یا قبلاً انجام شده است")
    }
    if (context.clock.now() - payment.created_at > AUTHORITY_LIFETIME_MS) {
      return errorPage("زمان پرداخت این تراکنش به پایان رسیده است")
    }
    const action = String(req.body?.action ?? "")
    const amountFault = context.faults.take(SERVICE, "pay")
    if (action === "pay") {
      payment.state = "paid"
      payment.paid_at = context.clock.now()
      payment.paid_amount = amountFault?.kind === "amount" ? Number(amountFault.value) : payment.amount
    } else {
      payment.state = action === "cancel" ? "canceled" : "failed"
    }
    const status = payment.state === "paid" ? "OK" : "NOK"
    context.calls.record({ service: SERVICE, operation: "pay", request: { authority: payment.authority, action }, response: { status }, at: context.clock.now() })
    const fault = context.faults.take(SERVICE, "return")
    if (fault?.kind === "drop") {
      return deadEndPage("پرداخت انجام شد. (بازگشت به فروشگاه انجام نشد)")
    }
    const authority = fault?.kind === "tamper" ? String(fault.value ?? newAuthority()) : payment.authority
    const url = new URL(payment.callback_url)
    url.searchParams.set("Authority", authority)
    url.searchParams.set("Status", status)
    if (fault?.kind === "duplicate") {
      sendStrayReturn(url.toString(), "GET", {})
    }
    return { status: 302, headers: { location: url.toString() }, body: "" }
  }

  const verify = async (req: SimRequest): Promise<SimResponse> => {
    const body = req.body ?? {}
    return answer("verify", body, forced("verify"), () => {
      const found = lookup(body)
      if (!("authority" in found)) {
        return found
      }
      const payment = found
      if (payment.state === "verified") {
        return ok({ code: 101, message: "Verified", card_hash: DEMO_CARD.hash, card_pan: DEMO_CARD.masked, ref_id: payment.ref_id, fee_type: "Merchant", fee: 0 })
      }
      if (payment.state !== "paid") {
        return fail(-51)
      }
      if (Number(body.amount) !== payment.amount || payment.paid_amount !== payment.amount) {
        return fail(-50)
      }
      payment.state = "verified"
      payment.ref_id = randomInt(100_000_000, 999_999_999)
      return ok({ code: 100, message: "Verified", card_hash: DEMO_CARD.hash, card_pan: DEMO_CARD.masked, ref_id: payment.ref_id, fee_type: "Merchant", fee: 0 })
    })
  }

  const inquiry = (req: SimRequest): Promise<SimResponse> => {
    const body = req.body ?? {}
    return answer("inquiry", body, forced("inquiry"), () => {
      const found = lookup(body)
      if (!("authority" in found)) {
        return found
      }
      const status = { created: "IN_BANK", paid: "PAID", verified: "VERIFIED", reversed: "REVERSED", canceled: "FAILED", failed: "FAILED" }[found.state]
      return ok({ code: 100, message: "Success", status })
    })
  }

  const unverified = (req: SimRequest): SimResponse => {
    const body = req.body ?? {}
    const fault = forced("unverified")
    if (fault?.status === -2) {
      return fault.body as SimResponse
    }
    if (fault) {
      return log("unverified", body, fault)
    }
    const authorities = [...payments.values()]
      .filter((p) => p.merchant_id === body.merchant_id && p.state === "paid")
      .slice(-100)
      .map((p) => ({ authority: p.authority, amount: p.amount, callback_url: p.callback_url, referer: "", date: new Date(p.paid_at!).toISOString().slice(0, 19).replace("T", " ") }))
    return log("unverified", body, ok({ code: 100, message: "Success", authorities }))
  }

  const reverse = async (req: SimRequest): Promise<SimResponse> => {
    const body = req.body ?? {}
    return answer("reverse", body, forced("reverse"), () => {
      const found = lookup(body)
      if (!("authority" in found)) {
        return found
      }
      if (found.state !== "verified") {
        return fail(-51)
      }
      if (context.clock.now() - (found.paid_at ?? 0) > REVERSE_WINDOW_MS) {
        return fail(-63)
      }
      found.state = "reversed"
      return ok({ code: 100, message: "Reversed" })
    })
  }

  return {
    name: SERVICE,
    register(ctx) {
      context = ctx
      payments.clear()
      const { router } = ctx
      router.on("POST", "/pg/v4/payment/request.json", request)
      router.on("POST", "/pg/v4/payment/verify.json", verify)
      router.on("POST", "/pg/v4/payment/inquiry.json", inquiry)
      router.on("POST", "/pg/v4/payment/unVerified.json", unverified)
      router.on("POST", "/pg/v4/payment/reverse.json", reverse)
      router.on("GET", "/pg/StartPay/:authority", startPay)
      router.on("POST", "/pg/StartPay/:authority", pay)
    },
    reset() {
      payments.clear()
    },
  }
}

export const zarinpal = createZarinpalService()
