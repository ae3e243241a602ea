import { GatewayProtocolError } from "../http"
import { readSoapResponse, soapEnvelope } from "../soap"

describe("SOAP envelopes", () => {
  it("escapes values and qualifies only the operation in the prefixed style", () => {
    const xml = soapEnvelope({ namespace: "urn:x", operation: "op", fields: [["a", "1 < 2 & 3"]], style: "prefixed" })
    expect(xml).toContain('<ns1:op><a>1 &lt; 2 &amp; 3</a></ns1:op>')
    expect(xml).toContain('xmlns:ns1="urn:x"')
  })

  it("wraps fields in a default-namespace operation for ASMX services", () => {
    const xml = soapEnvelope({ namespace: "urn:y", operation: "Op", fields: [["Token", 5]], style: "default-namespace", wrapper: "requestData" })
    expect(xml).toContain('<Op xmlns="urn:y"><requestData><Token>5</Token></requestData></Op>')
  })

  it("reads the response element by local name whatever the prefixes, and turns faults into errors", () => {
    const ok = `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><ns2:bpPayRequestResponse xmlns:ns2="http://interfaces.core.sw.bps.com/"><return>0,AF82041a2Bf6989c7fF9</return></ns2:bpPayRequestResponse></S:Body></S:Envelope>`
    expect(readSoapResponse("bpPayRequest", ok).return).toBe("0,AF82041a2Bf6989c7fF9")
    const fault = `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultstring>boom</faultstring></soap:Fault></soap:Body></soap:Envelope>`
    expect(() => readSoapResponse("x", fault)).toThrow(GatewayProtocolError)
    expect(() => readSoapResponse("x", "not xml <")).toThrow(GatewayProtocolError)
  })
})
