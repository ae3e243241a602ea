import { randomInt } from "node:crypto"
import type { SimulatedService, SimulatorContext } from "../core/context"
import type { SimRequest, SimResponse } from "../core/http"
import { isTransportFault, transportFaultResponse } from "../core/transport"
import { autoPostPage, bankPage, DEMO_CARD, deadEndPage, errorPage, sendStrayReturn, sleep } from "./bank-page"
import { readSoapRequest, soapElements, soapFault, soapXml } from "./soap"

/**
 * Parsian (PEC) IPG: ASMX SOAP services Sale / Confirm / Reversal on their real paths and namespaces, the
 * GET NewIPG page, and the browser's POST return with lower-case `status`. Tokens expire 15 minutes after
 * the sale request. Faults (service "parsian"): `code` on SalePaymentRequest|ConfirmPayment|
 * ReversalRequest forces Status; `timeout` (ms) on ConfirmPayment commits then answers late;
 * `repeat-confirm` on ConfirmPayment makes a repeated confirm answer success again (as the real gateway
 * was seen to); on "pay", `amount` sets the returned Amount; on "return", `tamper` (value = Token),
 * `duplicate`, `drop`. Transport faults on any SOAP operation: `reset`, `html` (value = HTTP status),
 * `soap-fault` (value = faultstring) do the work, then break the answer.
 */
const SERVICE = "parsian"
const TOKEN_LIFETIME_MS = 15 * 60_000
const REVERSAL_WINDOW_MS = 30 * 60_000
const NS = {
  sale: "https://pec.Shaparak.ir/NewIPGServices/Sale/SaleService",
  confirm: "https://pec.Shaparak.ir/NewIPGServices/Confirm/ConfirmService",
  reversal: "https://pec.Shaparak.ir/NewIPGServices/Reversal/ReversalService",
}

/** The simulator's demo merchant PIN (LoginAccount). */
export const PARSIAN_DEMO_PIN = "SIMPARSIANPIN7001"
const TERMINAL_NO = "44001234"

type ParsianPayment = {
  token: string
  orderId: string
  amount: number
  callBackUrl: string
  state: "created" | "paid" | "canceled" | "failed" | "confirmed" | "reversed"
  status?: string
  rrn?: string
  paidAmount?: number
  created_at: number
  confirmed_at?: number
}

export function createParsianService(): SimulatedService {
  const payments = new Map<string, ParsianPayment>()
  const orderIds = new Set<string>()
  let context: SimulatorContext

  const respond = (operation: string, ns: string, result: Record<string, string | number>) =>
    soapXml(`<${operation}Response xmlns="${ns}"><${operation}Result>${soapElements(result)}</${operation}Result></${operation}Response>`)

  const handle = (service: "sale" | "confirm" | "reversal", allowed: string[]) => async (req: SimRequest): Promise<SimResponse> => {
    const parsed = readSoapRequest(req.rawBody)
    const action = String(req.headers.soapaction ?? "").replace(/"/g, "")
    if (!parsed || !allowed.includes(parsed.operation) || action !== `${NS[service]}/${parsed.operation}`) {
      return soapFault("Server did not recognize the value of HTTP Header SOAPAction")
    }
    const { operation, fields } = parsed
    const fault = context.faults.take(SERVICE, operation)
    let result: Record<string, string | number>
    if (fault?.kind === "code") {
      result = { Token: fields.Token ?? 0, Message: "forced", Status: Number(fault.value) }
    } else if (fields.LoginAccount !== PARSIAN_DEMO_PIN) {
      result = { Token: 0, Message: "پین فروشنده درست نمی باشد", Status: -126 }
    } else if (operation === "SalePaymentRequest") {
      result = sale(fields)
    } else if (operation === "ConfirmPayment") {
      result = confirm(fields, fault?.kind === "repeat-confirm")
    } else {
      result = reversal(fields)
    }
    context.calls.record({ service: SERVICE, operation, request: fields, response: result, at: context.clock.now() })
    if (isTransportFault(fault)) {
      return transportFaultResponse(fault)
    }
    if (fault?.kind === "timeout") {
      await sleep(Number(fault.value ?? 15_000))
    }
    return respond(operation, NS[service], result)
  }

  const sale = (f: Record<string, string>): Record<string, string | number> => {
    if (!/^\d+$/.test(f.Amount ?? "") || !/^\d+$/.test(f.OrderId ?? "")) return { Token: 0, Message: "invalid input", Status: -118 }
    if (Number(f.Amount) < 1000) return { Token: 0, Message: "InvalidMinimumPaymentAmount", Status: -132 }
    if (orderIds.has(f.OrderId)) return { Token: 0, Message: "Duplicate OrderId", Status: -112 }
    orderIds.add(f.OrderId)
    const token = String(randomInt(100_000_000, 999_999_999))
    payments.set(token, { token, orderId: f.OrderId, amount: Number(f.Amount), callBackUrl: f.CallBackUrl, state: "created", created_at: context.clock.now() })
    return { Token: token, Message: "", Status: 0 }
  }

  const confirm = (f: Record<string, string>, repeatSucceeds: boolean): Record<string, string | number> => {
    const payment = payments.get(f.Token ?? "")
    if (!payment) return { Status: -1528, CardNumberMasked: "", RRN: 0, Token: f.Token ?? 0 }
    const success = { Status: 0, CardNumberMasked: DEMO_CARD.masked, RRN: payment.rrn ?? 0, Token: payment.token }
    if (payment.state === "confirmed") return repeatSucceeds ? success : { ...success, Status: -1533 }
    if (payment.state !== "paid") return { Status: -1531, CardNumberMasked: "", RRN: 0, Token: payment.token }
    payment.state = "confirmed"
    payment.confirmed_at = context.clock.now()
    return success
  }

  const reversal = (f: Record<string, string>): Record<string, string | number> => {
    const payment = payments.get(f.Token ?? "")
    if (!payment) return { Status: -1528, Message: "not found", Token: f.Token ?? 0 }
    if (payment.state === "reversed") return { Status: -1551, Message: "already reversed", Token: payment.token }
    if (payment.state !== "paid" && payment.state !== "confirmed") return { Status: -1550, Message: "not reversible", Token: payment.token }
    if (context.clock.now() - (payment.confirmed_at ?? payment.created_at) > REVERSAL_WINDOW_MS) return { Status: -1549, Message: "reversal time exceeded", Token: payment.token }
    payment.state = "reversed"
    return { Status: 0, Message: "reversed", Token: payment.token }
  }

  const startPay = (req: SimRequest): SimResponse => {
    const payment = payments.get(req.query.get("Token") ?? "")
    if (!payment) {
      return errorPage("توکن نامعتبر است (-131)", 404)
    }
    if (payment.state !== "created") {
      return errorPage("این تراکنش قبلاً انجام شده است")
    }
    if (context.clock.now() - payment.created_at > TOKEN_LIFETIME_MS) {
      return errorPage("زمان توکن به پایان رسیده است (-130)")
    }
    return bankPage({
      gateway: "Parsian (PEC)",
      action: `${context.baseUrl()}/NewIPG/pay`,
      amountText: `${payment.amount.toLocaleString("en-US")} ریال`,
      reference: payment.token,
      hidden: { Token: payment.token },
    })
  }

  const pay = (req: SimRequest): SimResponse => {
    const payment = payments.get(String(req.body?.Token ?? ""))
    if (!payment || payment.state !== "created") {
      return errorPage("تراکنش یافت نشد یا قبلاً انجام شده است")
    }
    const action = String(req.body?.action ?? "")
    const amountFault = context.faults.take(SERVICE, "pay")
    const expired = context.clock.now() - payment.created_at > TOKEN_LIFETIME_MS
    if (action === "pay" && !expired) {
      payment.state = "paid"
      payment.rrn = String(randomInt(100_000_000_000, 999_999_999_999))
      payment.paidAmount = amountFault?.kind === "amount" ? Number(amountFault.value) : payment.amount
      payment.status = "0"
    } else {
      payment.state = action === "cancel" ? "canceled" : "failed"
      payment.status = expired ? "-130" : action === "cancel" ? "-138" : "51"
    }
    context.calls.record({ service: SERVICE, operation: "pay", request: { Token: payment.token, action }, response: { status: payment.status }, at: context.clock.now() })
    const fault = context.faults.take(SERVICE, "return")
    if (fault?.kind === "drop") {
      return deadEndPage("پرداخت انجام شد. (بازگشت به فروشگاه انجام نشد)")
    }
    const paid = payment.state === "paid"
    const fields = {
      Token: fault?.kind === "tamper" ? String(fault.value ?? randomInt(100_000_000, 999_999_999)) : payment.token,
      status: payment.status!,
      OrderId: payment.orderId,
      TerminalNo: TERMINAL_NO,
      RRN: paid ? payment.rrn! : "0",
      HashCardNumber: paid ? DEMO_CARD.hash : "",
      Amount: String(paid ? payment.paidAmount : payment.amount),
    }
    if (fault?.kind === "duplicate") {
      sendStrayReturn(payment.callBackUrl, "POST", fields)
    }
    return autoPostPage(payment.callBackUrl, fields)
  }

  return {
    name: SERVICE,
    register(ctx) {
      context = ctx
      payments.clear()
      orderIds.clear()
      ctx.router.on("POST", "/NewIPGServices/Sale/SaleService.asmx", handle("sale", ["SalePaymentRequest"]))
      ctx.router.on("POST", "/NewIPGServices/Confirm/ConfirmService.asmx", handle("confirm", ["ConfirmPayment"]))
      ctx.router.on("POST", "/NewIPGServices/Reverse/ReversalService.asmx", handle("reversal", ["ReversalRequest"]))
      ctx.router.on("GET", "/NewIPG", startPay)
      ctx.router.on("POST", "/NewIPG/pay", pay)
    },
    reset() {
      payments.clear()
      orderIds.clear()
    },
  }
}

export const parsian = createParsianService()
