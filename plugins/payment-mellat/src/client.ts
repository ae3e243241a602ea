import { readSoapResponse, postToGateway, soapEnvelope, GatewayProtocolError, type SoapField } from "@asoud/iran-payments/provider"

export const MELLAT_NAMESPACE = "http://interfaces.core.sw.bps.com/"

export type MellatClientConfig = {
  terminalId: number
  userName: string
  userPassword: string
  /** e.g. https://bpm.shaparak.ir/pgwchannel/services/pgw or the simulator's. */
  soapUrl: string
  timeoutMs: number
}

export type MellatPayRequest = {
  orderId: string
  amount: number
  callBackUrl: string
  additionalData: string
  /** 12 digits, 98…; optional. */
  mobileNo?: string
  now?: Date
}

export type MellatReferenceInput = { orderId: string; saleOrderId: string; saleReferenceId: string }

/** Tehran wall-clock date and time in Mellat's `YYYYMMDD` / `HHMMSS` formats. */
export function tehranLocalDateTime(now: Date): { localDate: string; localTime: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Tehran",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value])
  )
  return { localDate: `${parts.year}${parts.month}${parts.day}`, localTime: `${parts.hour}${parts.minute}${parts.second}` }
}

/** Mellat's `98xxxxxxxxxx` (12 digits) from `09xxxxxxxxx`. */
export function mellatMobile(mobile: string | undefined): string | undefined {
  return mobile && /^09\d{9}$/.test(mobile) ? `98${mobile.slice(1)}` : undefined
}

/**
 * Behpardakht Mellat SOAP 1.1: operation in the interfaces namespace with unqualified children, empty
 * SOAPAction, and one `<return>` string per answer ("ResCode" or "ResCode,RefId").
 */
export class MellatClient {
  constructor(private readonly config: MellatClientConfig) {}

  private async call(operation: string, fields: SoapField[]): Promise<string> {
    const credentials: SoapField[] = [
      ["terminalId", this.config.terminalId],
      ["userName", this.config.userName],
      ["userPassword", this.config.userPassword],
    ]
    const response = await postToGateway(`Mellat ${operation}`, this.config.soapUrl, {
      headers: { "content-type": "text/xml; charset=utf-8", soapaction: '""' },
      body: soapEnvelope({ namespace: MELLAT_NAMESPACE, operation, fields: [...credentials, ...fields], style: "prefixed" }),
      timeoutMs: this.config.timeoutMs,
    })
    const result = readSoapResponse(operation, response.text).return
    if (result === undefined || result === null) {
      throw new GatewayProtocolError(`Mellat ${operation}`, "the answer has no return value")
    }
    return String(result).trim()
  }

  /** `0,RefId` on success; otherwise just the ResCode. RefId is case-sensitive and used as is. */
  async payRequest(input: MellatPayRequest): Promise<{ resCode: string; refId?: string }> {
    const { localDate, localTime } = tehranLocalDateTime(input.now ?? new Date())
    const fields: SoapField[] = [
      ["orderId", input.orderId],
      ["amount", input.amount],
      ["localDate", localDate],
      ["localTime", localTime],
      ["additionalData", input.additionalData],
      ["callBackUrl", input.callBackUrl],
      ["payerId", "0"],
      ...(input.mobileNo ? ([["mobileNo", input.mobileNo]] as SoapField[]) : []),
    ]
    const [resCode, refId] = (await this.call("bpPayRequest", fields)).split(",")
    return { resCode: resCode.trim(), refId: refId?.trim() }
  }

  private reference(operation: string, input: MellatReferenceInput): Promise<string> {
    return this.call(operation, [
      ["orderId", input.orderId],
      ["saleOrderId", input.saleOrderId],
      ["saleReferenceId", input.saleReferenceId],
    ])
  }

  verify(input: MellatReferenceInput) {
    return this.reference("bpVerifyRequest", input)
  }

  settle(input: MellatReferenceInput) {
    return this.reference("bpSettleRequest", input)
  }

  inquiry(input: MellatReferenceInput) {
    return this.reference("bpInquiryRequest", input)
  }

  reversal(input: MellatReferenceInput) {
    return this.reference("bpReversalRequest", input)
  }
}
