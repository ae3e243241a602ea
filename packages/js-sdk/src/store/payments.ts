import type { Client } from "../types"

/** How the browser reaches an Iranian gateway: a GET navigation or an auto-submitted POST form. */
export type GatewayRedirect = { method: "GET" | "POST"; url: string; fields: Record<string, string> }

/** The parts of an @asoud/iran-payments payment session a storefront uses. */
export type GatewayPaymentSession = {
  id: string
  provider_id: string
  data: { kit?: "iran-payments"; redirect?: GatewayRedirect; return_url?: string; amount?: number; gateway?: string } & Record<string, unknown>
}

/** What the return route appends to the storefront's return URL. */
export type GatewayReturnResult = {
  status: "success" | "canceled" | "failed" | "pending"
  order_id?: string
  cart_id?: string
  payment_collection_id?: string
  payment_id?: string
  code?: string
  /** A Persian message a storefront can show as it is. */
  message?: string
}

/** The few browser APIs the redirect needs (window in a browser). */
export type BrowserWindow = {
  location: { assign(url: string): void }
  document: {
    createElement(tag: "form" | "input"): {
      setAttribute(name: string, value: string): void
      appendChild(child: unknown): unknown
      submit?: () => void
    }
    body: { appendChild(child: unknown): unknown }
  }
}

/** The redirect of a gateway payment session, checked, or an error that says what is wrong. */
export function gatewayRedirectOf(session: Pick<GatewayPaymentSession, "data">): GatewayRedirect {
  const redirect = session?.data?.redirect
  if (!redirect || (redirect.method !== "GET" && redirect.method !== "POST") || typeof redirect.url !== "string") {
    throw new Error("This payment session has no gateway redirect; create it with an @asoud/iran-payments provider")
  }
  if (!/^https?:\/\//.test(redirect.url)) {
    throw new Error(`The gateway redirect URL is not http(s): ${redirect.url}`)
  }
  return { method: redirect.method, url: redirect.url, fields: redirect.fields ?? {} }
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

/**
 * A self-submitting HTML page that sends the browser to the gateway, for server-rendered storefronts
 * (send it as the response body) or `document.write`.
 */
export function gatewayRedirectHtml(redirect: GatewayRedirect): string {
  const inputs = Object.entries(redirect.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("")
  return (
    `<!doctype html><html><head><meta charset="utf-8"><meta name="referrer" content="strict-origin-when-cross-origin"></head><body>` +
    `<form method="${redirect.method.toLowerCase()}" action="${escapeHtml(redirect.url)}">${inputs}` +
    `<noscript><button type="submit">ادامه به درگاه پرداخت</button></noscript></form>` +
    `<script>document.forms[0].submit()</script></body></html>`
  )
}

/**
 * Sends the shopper to the gateway from the payment session: a plain navigation for GET gateways
 * (Zarinpal, Parsian), an auto-submitted form for POST ones (Mellat's RefId must be posted).
 */
export function redirectToGateway(session: Pick<GatewayPaymentSession, "data">, browser: BrowserWindow = globalThis as unknown as BrowserWindow): GatewayRedirect {
  const redirect = gatewayRedirectOf(session)
  if (redirect.method === "GET" && !Object.keys(redirect.fields).length) {
    browser.location.assign(redirect.url)
    return redirect
  }
  const form = browser.document.createElement("form")
  form.setAttribute("method", redirect.method.toLowerCase())
  form.setAttribute("action", redirect.url)
  for (const [name, value] of Object.entries(redirect.fields)) {
    const input = browser.document.createElement("input")
    input.setAttribute("type", "hidden")
    input.setAttribute("name", name)
    input.setAttribute("value", value)
    form.appendChild(input)
  }
  browser.document.body.appendChild(form)
  form.submit?.()
  return redirect
}

/** Reads the outcome from the storefront page the return route redirected to. */
export function parseGatewayReturn(url: string | URL): GatewayReturnResult {
  const params = new URL(String(url)).searchParams
  const status = params.get("status")
  if (status !== "success" && status !== "canceled" && status !== "failed" && status !== "pending") {
    throw new Error("This URL carries no gateway payment result")
  }
  const pick = (key: string) => params.get(key) ?? undefined
  return {
    status,
    order_id: pick("order_id"),
    cart_id: pick("cart_id"),
    payment_collection_id: pick("payment_collection_id"),
    payment_id: pick("payment_id"),
    code: pick("code"),
    message: pick("message"),
  }
}

type PaymentCollectionResponse = {
  payment_collection: { id: string; amount: number; payment_sessions?: GatewayPaymentSession[] }
}

/** Paying a cart (or any payment collection) through an Iranian gateway. */
export class StorePayments {
  constructor(private readonly client: Client) {}

  /**
   * Creates the cart's payment collection if needed and a gateway payment session on it. `return_url`
   * must be on one of the platform's storefront origins; the shopper lands there after the bank.
   */
  async startGatewayPayment(
    cart: { id: string; payment_collection?: { id: string } | null },
    input: { provider_id: string; return_url: string; mobile?: string },
    headers?: Record<string, string>
  ): Promise<GatewayPaymentSession> {
    let collectionId = cart.payment_collection?.id
    if (!collectionId) {
      const created = await this.client.fetch<PaymentCollectionResponse>("/store/payment-collections", {
        method: "POST",
        body: { cart_id: cart.id },
        headers,
      })
      collectionId = created.payment_collection.id
    }
    const { payment_collection } = await this.client.fetch<PaymentCollectionResponse>(
      `/store/payment-collections/${collectionId}/payment-sessions`,
      {
        method: "POST",
        body: { provider_id: input.provider_id, data: { return_url: input.return_url, ...(input.mobile ? { mobile: input.mobile } : {}) } },
        headers,
      }
    )
    const session = payment_collection.payment_sessions?.find((s) => s.provider_id === input.provider_id)
    if (!session) {
      throw new Error(`No ${input.provider_id} payment session was created`)
    }
    return session
  }

  /** Sends the browser to the gateway of a session (see `redirectToGateway`). */
  redirectToGateway(session: Pick<GatewayPaymentSession, "data">, browser?: BrowserWindow): GatewayRedirect {
    return redirectToGateway(session, browser)
  }

  /** Reads the outcome on the storefront's return page (see `parseGatewayReturn`). */
  parseReturn(url: string | URL): GatewayReturnResult {
    return parseGatewayReturn(url)
  }

  /** `startGatewayPayment` then `redirectToGateway`, for a browser. */
  async payWithGateway(
    cart: { id: string; payment_collection?: { id: string } | null },
    input: { provider_id: string; return_url: string; mobile?: string },
    browser?: BrowserWindow
  ): Promise<GatewayRedirect> {
    const session = await this.startGatewayPayment(cart, input)
    return redirectToGateway(session, browser)
  }
}
