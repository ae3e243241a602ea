import type { Fault } from "./faults"
import type { SimResponse } from "./http"

/** Fault kinds every gateway operation honours; the service does the work first, then the answer breaks. */
export const TRANSPORT_FAULTS = ["reset", "html", "soap-fault"] as const

export function isTransportFault(fault: Fault | undefined): fault is Fault & { kind: (typeof TRANSPORT_FAULTS)[number] } {
  return !!fault && (TRANSPORT_FAULTS as readonly string[]).includes(fault.kind)
}

const htmlPage = (status: number) =>
  `<!DOCTYPE html><html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>`

/**
 * What the platform receives instead of the real answer: `reset` drops the connection with no answer
 * (a reset, like a refused or broken connection), `html` an HTML error page from a proxy (value = HTTP
 * status, default 502), `soap-fault` a SOAP Fault with HTTP 500. None of them says what the bank did.
 */
export function transportFaultResponse(fault: Fault): SimResponse {
  if (fault.kind === "reset") {
    return { reset: true }
  }
  if (fault.kind === "html") {
    const status = Number(fault.value ?? 502)
    return { status, headers: { "content-type": "text/html; charset=utf-8" }, body: htmlPage(status) }
  }
  return {
    status: 500,
    headers: { "content-type": "text/xml; charset=utf-8" },
    body:
      `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>` +
      `<soap:Fault><faultcode>soap:Server</faultcode><faultstring>${String(fault.value ?? "Server was unable to process request")}</faultstring></soap:Fault>` +
      `</soap:Body></soap:Envelope>`,
  }
}
