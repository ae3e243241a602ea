import { randomInt } from "node:crypto"
import type { SimulatedService, SimulatorContext } from "../core/context"
import type { SimRequest, SimResponse } from "../core/http"
import { isTransportFault, transportFaultResponse } from "../core/transport"
import { autoPostPage, bankPage, DEMO_CARD, deadEndPage, errorPage, sendStrayReturn, sleep } from "./bank-page"
import { readSoapRequest, soapFault, soapXml } from "./soap"

/**
 * Mellat (Behpardakht) IPG: SOAP 1.1 on /pgwchannel/services/pgw (namespace
 * http://interfaces.core.sw.bps.com/, empty SOAPAction, one `<return>` string per operation) and the
 * POST StartPay page. The browser comes back with an auto-submitted POST form. Verify must come within
 * 20 minutes of payment (else the bank reverses: 48); reversal within 3 hours of verify.
 * Faults (service "mellat"): `code` on bpPayRequest|bpVerifyRequest|bpSettleRequest|bpInquiryRequest|
 * bpReversalRequest forces the ResCode; `timeout` (ms) on bpVerifyRequest|bpSettleRequest commits, then
 * answers late; on "pay", `amount` sets FinalAmount; on "return", `tamper` (value = RefId to send),
 * `duplicate`, `drop`. Transport faults on any SOAP operation: `reset`, `html` (value = HTTP status),
 * `soap-fault` (value = faultstring) do the work, then break the answer.
 */
const SERVICE = "mellat"
const NAMESPACE = "http://interfaces.core.sw.bps.com/"
const AUTO_REVERSE_MS = 20 * 60_000
const REVERSAL_WINDOW_MS = 3 * 60 * 60_000

/** The simulator's demo terminal. */
export const MELLAT_DEMO_TERMINAL = { terminalId: "7001", userName: "asoud-demo", userPassword: "sim-mellat-secret" }

type MellatPayment = {
  refId: string
  orderId: string
  amount: number
  callBackUrl: string
  state: "created" | "paid" | "canceled" | "failed" | "verified" | "settled" | "reversed"
  resCode?: string
  saleReferenceId?: string
  finalAmount?: number
  paid_at?: number
  verified_at?: number
}

function newRefId(): string {
  const alphabet = "0123456789abcdefABCDEF"
  let id = ""
  while (id.length < 20) {
    id += alphabet[randomInt(0, alphabet.length)]
  }
  return id
}

const WSDL = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:tns="${NAMESPACE}" targetNamespace="${NAMESPACE}" name="PaymentGatewayImplService">
  <portType name="IPaymentGateway">${["bpPayRequest", "bpVerifyRequest", "bpSettleRequest", "bpInquiryRequest", "bpReversalRequest"].map((op) => `<operation name="${op}"/>`).join("")}</portType>
  <binding name="PaymentGatewayImplServiceSoapBinding" type="tns:IPaymentGateway"><soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/></binding>
  <service name="PaymentGatewayImplService"><port name="PaymentGatewayImplPort" binding="tns:PaymentGatewayImplServiceSoapBinding"><soap:address location="/pgwchannel/services/pgw"/></port></service>
</definitions>`

function soapReturn(operation: string, value: string): SimResponse {
  return soapXml(`<ns2:${operation}Response xmlns:ns2="${NAMESPACE}"><return>${value}</return></ns2:${operation}Response>`)
}

export function createMellatService(): SimulatedService {
  const payments = new Map<string, MellatPayment>()
  const orderIds = new Set<string>()
  let context: SimulatorContext

  const byOrder = (saleOrderId: string) => [...payments.values()].find((p) => p.orderId === saleOrderId)

  /** Unverified paid payments are reversed by the bank 20 minutes after payment. */
  const expire = (payment: MellatPayment) => {
    if (payment.state === "paid" && payment.paid_at !== undefined && context.clock.now() - payment.paid_at > AUTO_REVERSE_MS) {
      payment.state = "reversed"
    }
  }

  const operations: Record<string, (f: Record<string, string>) => string> = {
    bpPayRequest(f) {
      if (!/^\d+$/.test(f.orderId ?? "") || !/^\d+$/.test(f.amount ?? "") || !/^\d+$/.test(f.terminalId ?? "")) return "32"
      if (!/^\d{8}$/.test(f.localDate ?? "") || !/^\d{6}$/.test(f.localTime ?? "")) return "35"
      if (Number(f.amount) <= 0) return "25"
      if (!/^https?:\/\//.test(f.callBackUrl ?? "")) return "62"
      if (orderIds.has(f.orderId)) return "41"
      orderIds.add(f.orderId)
      const refId = newRefId()
      payments.set(refId, { refId, orderId: f.orderId, amount: Number(f.amount), callBackUrl: f.callBackUrl, state: "created" })
      return `0,${refId}`
    },
    bpVerifyRequest(f) {
      const payment = byOrder(f.saleOrderId)
      if (!payment || (payment.saleReferenceId && payment.saleReferenceId !== f.saleReferenceId)) return "42"
      expire(payment)
      if (payment.state === "reversed") return "48"
      if (payment.state === "verified" || payment.state === "settled") return "43"
      if (payment.state !== "paid") return payment.resCode ?? "42"
      payment.state = "verified"
      payment.verified_at = context.clock.now()
      return "0"
    },
    bpSettleRequest(f) {
      const payment = byOrder(f.saleOrderId)
      if (!payment || payment.saleReferenceId !== f.saleReferenceId) return "42"
      if (payment.state === "reversed") return "48"
      if (payment.state === "settled") return "45"
      if (payment.state !== "verified") return "44"
      payment.state = "settled"
      return "0"
    },
    bpInquiryRequest(f) {
      const payment = byOrder(f.saleOrderId)
      if (!payment || payment.saleReferenceId !== f.saleReferenceId) return "42"
      expire(payment)
      if (payment.state === "reversed") return "48"
      if (payment.state === "verified" || payment.state === "settled") return "0"
      if (payment.state === "paid") return "44"
      return payment.resCode ?? "42"
    },
    bpReversalRequest(f) {
      const payment = byOrder(f.saleOrderId)
      if (!payment || payment.saleReferenceId !== f.saleReferenceId) return "42"
      if (payment.state === "reversed") return "48"
      if (payment.state !== "verified" && payment.state !== "settled") return "44"
      if (context.clock.now() - (payment.verified_at ?? 0) > REVERSAL_WINDOW_MS) return "54"
      payment.state = "reversed"
      return "0"
    },
  }

  const soap = async (req: SimRequest): Promise<SimResponse> => {
    const parsed = readSoapRequest(req.rawBody)
    if (!parsed || !operations[parsed.operation]) {
      return soapFault("Cannot find dispatch method")
    }
    const { operation, fields } = parsed
    const creds = fields.terminalId === MELLAT_DEMO_TERMINAL.terminalId && fields.userName === MELLAT_DEMO_TERMINAL.userName && fields.userPassword === MELLAT_DEMO_TERMINAL.userPassword
    const fault = context.faults.take(SERVICE, operation)
    let value: string
    if (fault?.kind === "code") {
      value = String(fault.value)
    } else if (!creds) {
      value = "24"
    } else {
      value = operations[operation](fields)
    }
    context.calls.record({ service: SERVICE, operation, request: fields, response: value, at: context.clock.now() })
    if (isTransportFault(fault)) {
      return transportFaultResponse(fault)
    }
    if (fault?.kind === "timeout") {
      await sleep(Number(fault.value ?? 15_000))
    }
    return soapReturn(operation, value)
  }

  const startPay = (req: SimRequest): SimResponse => {
    const refId = String(req.body?.RefId ?? "")
    const payment = payments.get(refId)
    if (!payment) {
      return errorPage("RefId نامعتبر است", 404)
    }
    if (payment.state !== "created") {
      return errorPage("این تراکنش قبلاً انجام شده است")
    }
    return bankPage({
      gateway: "Behpardakht Mellat",
      action: `${context.baseUrl()}/pgwchannel/startpay.mellat/pay`,
      amountText: `${payment.amount.toLocaleString("en-US")} ریال`,
      reference: payment.refId,
      hidden: { RefId: payment.refId },
    })
  }

  const pay = (req: SimRequest): SimResponse => {
    const payment = payments.get(String(req.body?.RefId ?? ""))
    if (!payment || payment.state !== "created") {
      return errorPage("تراکنش یافت نشد یا قبلاً انجام شده است")
    }
    const action = String(req.body?.action ?? "")
    const amountFault = context.faults.take(SERVICE, "pay")
    if (action === "pay") {
      payment.state = "paid"
      payment.paid_at = context.clock.now()
      payment.saleReferenceId = String(randomInt(100_000_000_000, 999_999_999_999))
      payment.finalAmount = amountFault?.kind === "amount" ? Number(amountFault.value) : payment.amount
      payment.resCode = "0"
    } else {
      payment.state = action === "cancel" ? "canceled" : "failed"
      payment.resCode = action === "cancel" ? "17" : "12"
    }
    context.calls.record({ service: SERVICE, operation: "pay", request: { RefId: payment.refId, action }, response: { ResCode: payment.resCode }, at: context.clock.now() })
    const fault = context.faults.take(SERVICE, "return")
    if (fault?.kind === "drop") {
      return deadEndPage("پرداخت انجام شد. (بازگشت به فروشگاه انجام نشد)")
    }
    const paid = payment.state === "paid"
    const fields = {
      RefId: fault?.kind === "tamper" ? String(fault.value ?? newRefId()) : payment.refId,
      ResCode: payment.resCode!,
      SaleOrderId: payment.orderId,
      SaleReferenceId: paid ? payment.saleReferenceId! : "",
      CardHolderPan: paid ? DEMO_CARD.masked.replace("******", "*****") : "",
      CreditCardSaleResponseDetail: "",
      FinalAmount: paid ? String(payment.finalAmount) : "",
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
      ctx.router.on("GET", "/pgwchannel/services/pgw", () => ({ headers: { "content-type": "text/xml; charset=utf-8" }, body: WSDL }))
      ctx.router.on("POST", "/pgwchannel/services/pgw", soap)
      ctx.router.on("POST", "/pgwchannel/startpay.mellat", startPay)
      ctx.router.on("POST", "/pgwchannel/startpay.mellat/pay", pay)
    },
    reset() {
      payments.clear()
      orderIds.clear()
    },
  }
}

export const mellat = createMellatService()
