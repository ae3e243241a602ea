import { XMLParser } from "fast-xml-parser"
import { GatewayProtocolError } from "./http"

export function escapeXml(value: string | number): string {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

export type SoapField = [name: string, value: string | number]

function fieldsXml(fields: SoapField[]): string {
  return fields.map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`).join("")
}

/**
 * A SOAP 1.1 envelope. `qualified` puts the operation in a prefixed namespace with unqualified children
 * (Mellat's Axis style); otherwise the operation declares a default namespace its children inherit
 * (Parsian's ASMX style). `wrapper` nests the fields in one element (ASMX `requestData`).
 */
export function soapEnvelope(input: {
  namespace: string
  operation: string
  fields: SoapField[]
  style: "prefixed" | "default-namespace"
  wrapper?: string
}): string {
  const inner = input.wrapper
    ? `<${input.wrapper}>${fieldsXml(input.fields)}</${input.wrapper}>`
    : fieldsXml(input.fields)
  const operation =
    input.style === "prefixed"
      ? `<ns1:${input.operation}>${inner}</ns1:${input.operation}>`
      : `<${input.operation} xmlns="${input.namespace}">${inner}</${input.operation}>`
  const nsDecl = input.style === "prefixed" ? ` xmlns:ns1="${input.namespace}"` : ""
  return (
    `<?xml version="1.0" encoding="utf-8"?>` +
    `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"${nsDecl}>` +
    `<soapenv:Header/><soapenv:Body>${operation}</soapenv:Body></soapenv:Envelope>`
  )
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
})

/**
 * The element `<operation>Response` inside the SOAP body, by local name whatever the prefixes, or a
 * protocol error naming the fault.
 */
export function readSoapResponse(operation: string, xml: string): Record<string, unknown> {
  let doc: Record<string, unknown>
  try {
    doc = parser.parse(xml) as Record<string, unknown>
  } catch {
    throw new GatewayProtocolError(operation, "the answer is not XML")
  }
  const envelope = doc.Envelope as Record<string, unknown> | undefined
  const body = envelope?.Body as Record<string, unknown> | undefined
  if (!body) {
    throw new GatewayProtocolError(operation, "the answer has no SOAP body")
  }
  const fault = body.Fault as Record<string, unknown> | undefined
  if (fault) {
    throw new GatewayProtocolError(operation, `SOAP fault: ${String(fault.faultstring ?? "unknown")}`)
  }
  const response = body[`${operation}Response`]
  if (!response || typeof response !== "object") {
    throw new GatewayProtocolError(operation, `the answer has no ${operation}Response`)
  }
  return response as Record<string, unknown>
}
