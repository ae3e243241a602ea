import { GatewayProtocolError, postToGateway, readSoapResponse, soapEnvelope, type SoapField } from "@asoud/iran-payments/provider"

/** Service paths and namespaces. Note the Reversal service lives under `Reverse/` but its namespace says `Reversal`. */
export const PARSIAN_SERVICES = {
  sale: { path: "/NewIPGServices/Sale/SaleService.asmx", namespace: "https://pec.Shaparak.ir/NewIPGServices/Sale/SaleService" },
  confirm: { path: "/NewIPGServices/Confirm/ConfirmService.asmx", namespace: "https://pec.Shaparak.ir/NewIPGServices/Confirm/ConfirmService" },
  reversal: { path: "/NewIPGServices/Reverse/ReversalService.asmx", namespace: "https://pec.Shaparak.ir/NewIPGServices/Reversal/ReversalService" },
} as const

export type ParsianClientConfig = {
  /** The merchant PIN (LoginAccount). */
  pin: string
  /** e.g. https://pec.shaparak.ir or the simulator's URL. */
  baseUrl: string
  timeoutMs: number
}

export type ParsianSaleResult = { status: number; token: string; message: string }
export type ParsianConfirmResult = { status: number; rrn: string; cardNumberMasked: string; token: string }
export type ParsianReversalResult = { status: number; message: string; token: string }

/** Parsian (PEC) ASMX services: `requestData` in the operation's default namespace, case-sensitive names. */
export class ParsianClient {
  constructor(private readonly config: ParsianClientConfig) {}

  get redirectBase(): string {
    return `${this.config.baseUrl.replace(/\/$/, "")}/NewIPG/`
  }

  private async call(service: keyof typeof PARSIAN_SERVICES, operation: string, fields: SoapField[]): Promise<Record<string, unknown>> {
    const { path, namespace } = PARSIAN_SERVICES[service]
    const response = await postToGateway(`Parsian ${operation}`, `${this.config.baseUrl.replace(/\/$/, "")}${path}`, {
      headers: { "content-type": "text/xml; charset=utf-8", soapaction: `"${namespace}/${operation}"` },
      body: soapEnvelope({
        namespace,
        operation,
        fields: [["LoginAccount", this.config.pin], ...fields],
        style: "default-namespace",
        wrapper: "requestData",
      }),
      timeoutMs: this.config.timeoutMs,
    })
    const result = readSoapResponse(operation, response.text)[`${operation}Result`]
    if (!result || typeof result !== "object") {
      throw new GatewayProtocolError(`Parsian ${operation}`, `the answer has no ${operation}Result`)
    }
    return result as Record<string, unknown>
  }

  async salePaymentRequest(input: { amount: number; orderId: string; callBackUrl: string; additionalData: string; originator?: string }): Promise<ParsianSaleResult> {
    const result = await this.call("sale", "SalePaymentRequest", [
      ["Amount", input.amount],
      ["OrderId", input.orderId],
      ["CallBackUrl", input.callBackUrl],
      ["AdditionalData", input.additionalData],
      ["Originator", input.originator ?? ""],
    ])
    return { status: Number(result.Status), token: String(result.Token ?? "0"), message: String(result.Message ?? "") }
  }

  async confirmPayment(token: string): Promise<ParsianConfirmResult> {
    const result = await this.call("confirm", "ConfirmPayment", [["Token", token]])
    return {
      status: Number(result.Status),
      rrn: String(result.RRN ?? "0"),
      cardNumberMasked: String(result.CardNumberMasked ?? ""),
      token: String(result.Token ?? token),
    }
  }

  async reversalRequest(token: string): Promise<ParsianReversalResult> {
    const result = await this.call("reversal", "ReversalRequest", [["Token", token]])
    return { status: Number(result.Status), message: String(result.Message ?? ""), token: String(result.Token ?? token) }
  }
}
