import type { SimResponse } from "../core/http"

/** The operation element in a SOAP 1.1 body and its leaf fields, by local name (prefixes ignored). */
export function readSoapRequest(xml: string): { operation: string; fields: Record<string, string> } | undefined {
  const body = /<(?:[\w-]+:)?Body[^>]*>([\s\S]*)<\/(?:[\w-]+:)?Body>/.exec(xml)?.[1]
  if (!body) {
    return undefined
  }
  const operation = /<(?:[\w-]+:)?([\w]+)[\s>]/.exec(body.trim())?.[1]
  if (!operation) {
    return undefined
  }
  const fields: Record<string, string> = {}
  const leaf = /<(?:[\w-]+:)?(\w+)(?:\s[^>]*)?>([^<]*)<\/(?:[\w-]+:)?\1>/g
  let match: RegExpExecArray | null
  while ((match = leaf.exec(body))) {
    fields[match[1]] = match[2]
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&")
  }
  return { operation, fields }
}

const escape = (value: string | number) =>
  String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

export function soapXml(inner: string, status = 200): SimResponse {
  return {
    status,
    headers: { "content-type": "text/xml; charset=utf-8" },
    body:
      `<?xml version="1.0" encoding="utf-8"?>` +
      `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${inner}</soap:Body></soap:Envelope>`,
  }
}

export function soapFault(message: string): SimResponse {
  return soapXml(`<soap:Fault><faultcode>soap:Client</faultcode><faultstring>${escape(message)}</faultstring></soap:Fault>`, 500)
}

export function soapElements(fields: Record<string, string | number>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<${name}>${escape(value)}</${name}>`)
    .join("")
}
