import { gatewayRedirectHtml, gatewayRedirectOf, parseGatewayReturn, redirectToGateway, type BrowserWindow } from "../store/payments"

type Element = { tag: string; attributes: Record<string, string>; children: Element[]; submitted: boolean }

/** A recording stand-in for the few window APIs the helper touches. */
function recordingWindow() {
  const visits: string[] = []
  const body: Element[] = []
  const make = (tag: string): Element & { setAttribute: (n: string, v: string) => void; appendChild: (c: Element) => void; submit: () => void } => {
    const element = {
      tag,
      attributes: {} as Record<string, string>,
      children: [] as Element[],
      submitted: false,
      setAttribute(name: string, value: string) {
        element.attributes[name] = value
      },
      appendChild(child: Element) {
        element.children.push(child)
      },
      submit() {
        element.submitted = true
      },
    }
    return element
  }
  const browser = {
    location: { assign: (url: string) => visits.push(url) },
    document: { createElement: make, body: { appendChild: (child: Element) => body.push(child) } },
  } as unknown as BrowserWindow
  return { browser, visits, body }
}

describe("sending the shopper to an Iranian gateway", () => {
  it("navigates to GET gateways (Zarinpal StartPay)", () => {
    const { browser, visits, body } = recordingWindow()
    redirectToGateway({ data: { redirect: { method: "GET", url: "https://payment.zarinpal.com/pg/StartPay/A123", fields: {} } } }, browser)
    expect(visits).toEqual(["https://payment.zarinpal.com/pg/StartPay/A123"])
    expect(body).toHaveLength(0)
  })

  it("builds and submits a POST form with the hidden fields for POST gateways (Mellat RefId)", () => {
    const { browser, visits, body } = recordingWindow()
    redirectToGateway(
      { data: { redirect: { method: "POST", url: "https://bpm.shaparak.ir/pgwchannel/startpay.mellat", fields: { RefId: "AF82041a2Bf6989c7fF9" } } } },
      browser
    )
    expect(visits).toEqual([])
    expect(body).toHaveLength(1)
    expect(body[0]).toEqual(
      expect.objectContaining({
        tag: "form",
        attributes: { method: "post", action: "https://bpm.shaparak.ir/pgwchannel/startpay.mellat" },
        submitted: true,
      })
    )
    expect(body[0].children.map((c) => c.attributes)).toEqual([{ type: "hidden", name: "RefId", value: "AF82041a2Bf6989c7fF9" }])
  })

  it("refuses a session without a usable redirect", () => {
    expect(() => gatewayRedirectOf({ data: {} })).toThrow(/no gateway redirect/)
    expect(() => gatewayRedirectOf({ data: { redirect: { method: "GET", url: "javascript:alert(1)", fields: {} } } })).toThrow(/http/)
  })

  it("renders an escaped self-submitting page for server-rendered storefronts", () => {
    const html = gatewayRedirectHtml({ method: "POST", url: "https://bank.example/pay?a=1&b=2", fields: { RefId: '"><script>' } })
    expect(html).toContain('<form method="post" action="https://bank.example/pay?a=1&amp;b=2">')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;"')
    expect(html).toContain("document.forms[0].submit()")
  })

  it("reads the result the return route appends to the storefront URL", () => {
    expect(parseGatewayReturn("https://shop.example/done?status=success&order_id=order_1&cart_id=cart_1")).toEqual(
      expect.objectContaining({ status: "success", order_id: "order_1", cart_id: "cart_1" })
    )
    expect(parseGatewayReturn("https://shop.example/done?status=canceled&cart_id=cart_1&message=x").status).toBe("canceled")
    expect(() => parseGatewayReturn("https://shop.example/done")).toThrow(/no gateway payment result/)
  })
})
