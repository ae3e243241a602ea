import { DEMO_ADMIN } from "../../src/seed/demo-data"

/**
 * A shopper on the running demo (plain HTTP, as a storefront calls it): the admin UI suite uses it
 * to put an order in a market before a market owner handles it in the dashboard.
 */
type Json = Record<string, any>

export class DemoShopper {
  private token?: string

  constructor(private readonly base: string, private readonly publishableKey: string) {}

  private async call(method: "GET" | "POST", path: string, body?: unknown): Promise<Json> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": this.publishableKey,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json().catch(() => ({}))) as Json
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`)
    return json
  }

  async signIn(email: string, password: string) {
    this.token = (await this.call("POST", "/auth/customer/emailpass", { email, password })).token
    return this
  }

  /** Registers a new customer (email and password) and signs them in. */
  async signUp(email: string, password: string, name = { first_name: "سارا", last_name: "محمدی" }) {
    this.token = (await this.call("POST", "/auth/customer/emailpass/register", { email, password })).token
    await this.call("POST", "/store/customers", { email, ...name })
    return this.signIn(email, password)
  }

  post(path: string, body: unknown = {}) {
    return this.call("POST", path, body)
  }

  get(path: string) {
    return this.call("GET", path)
  }

  /**
   * One unit of a product (by handle), shipped to Tehran, paid with `providerId`; returns the order.
   * `prepare` runs on the cart before payment (e.g. to give it an affiliate code).
   */
  async placeOrder(
    handle: string,
    providerId: string,
    prepare?: (cartId: string) => Promise<unknown>
  ): Promise<{ id: string; display_id: number }> {
    const { regions } = await this.get("/store/regions?fields=id")
    const { products } = await this.get(`/store/products?handle=${handle}&fields=id,variants.id,variants.sku`)
    // the store API does not order variants: the first by SKU is the demo's smallest (and cheapest) one
    const [variant] = [...(products[0].variants as { id: string; sku: string }[])].sort((a, b) => a.sku.localeCompare(b.sku))
    const { cart } = await this.post("/store/carts", { region_id: regions[0].id })
    await this.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 })
    await this.post(`/store/carts/${cart.id}`, {
      shipping_address: {
        first_name: "سارا",
        last_name: "همکار",
        address_1: "خیابان ولیعصر، پلاک ۱",
        city: "تهران",
        country_code: "ir",
        postal_code: "1234567890",
        phone: "09120000101",
      },
    })
    await prepare?.(cart.id)
    const { shipping_options } = await this.get(`/store/shipping-options?cart_id=${cart.id}`)
    await this.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
    const { payment_collection } = await this.post("/store/payment-collections", { cart_id: cart.id })
    await this.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: providerId })
    const completed = await this.post(`/store/carts/${cart.id}/complete`)
    if (completed.type !== "order") throw new Error(`the cart did not complete: ${JSON.stringify(completed)}`)
    return completed.order
  }
}

/**
 * The demo's platform admin on the running demo (plain HTTP, bearer token), for a suite's setup and
 * checks: `await admin("/admin/affiliates")` reads, `await admin(path, body)` posts.
 */
export async function demoAdmin(base: string, login = DEMO_ADMIN): Promise<(path: string, body?: unknown) => Promise<Json>> {
  const response = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: login.email, password: login.password }),
  })
  const { token } = (await response.json()) as { token: string }
  return async (path, body) => {
    const answer = await fetch(`${base}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await answer.json()) as Json
    if (!answer.ok) throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(json)}`)
    return json
  }
}
