import { DEMO_ADMIN } from "../../../src/seed/demo-data"

type Api = {
  get: (url: string, config?: object) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: object) => Promise<{ status: number; data: any }>
}

export type Headers = { headers: Record<string, string> }

export async function adminHeaders(api: Api): Promise<Headers> {
  const { data } = await api.post("/auth/user/emailpass", { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A registered shopper: the store headers carry both the publishable key and the customer's token. */
export async function signUpCustomer(api: Api, publishableKey: string, email: string) {
  const password = "wallet-pass-1"
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name: "سارا", last_name: "محمدی" },
    { headers: { authorization: `Bearer ${registered.token}`, "x-publishable-api-key": publishableKey } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customer: data.customer as { id: string },
    store: { headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": publishableKey } },
  }
}

export async function errorOf(promise: Promise<unknown>): Promise<{ status: number; data: any }> {
  try {
    await promise
  } catch (error) {
    return (error as { response: { status: number; data: any } }).response
  }
  throw new Error("Expected the request to fail")
}

/**
 * A cart of one product with shipping, ready for a payment session. The product's first variant as the
 * API lists it, or with `cheapest` its cheapest one (variants come in no fixed order).
 */
export async function readyCart(api: Api, store: Headers, regionId: string, handle?: string, pick: { cheapest?: boolean } = {}) {
  const filter = handle ? `&handle=${handle}` : ""
  const prices = pick.cheapest ? `,variants.calculated_price.calculated_amount&region_id=${regionId}` : ""
  const { data: products } = await api.get(`/store/products?limit=1&fields=id,variants.id${prices}${filter}`, store)
  const variants = products.products[0].variants as { id: string; calculated_price?: { calculated_amount: number } }[]
  const byPrice = [...variants].sort((a, b) => Number(a.calculated_price?.calculated_amount) - Number(b.calculated_price?.calculated_amount))
  const variantId = (pick.cheapest ? byPrice : variants)[0].id
  const { data: created } = await api.post("/store/carts", { region_id: regionId }, store)
  const cartId = created.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, store)
  await api.post(
    `/store/carts/${cartId}`,
    {
      shipping_address: {
        first_name: "سارا",
        last_name: "محمدی",
        address_1: "خیابان ولیعصر، پلاک ۱",
        city: "تهران",
        country_code: "ir",
        postal_code: "1234567890",
        phone: "09120000000",
      },
    },
    store
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
  const { data } = await api.get(`/store/carts/${cartId}?fields=id,total`, store)
  return { cartId, total: Number(data.cart.total) }
}

export async function payCartWith(api: Api, store: Headers, cartId: string, providerId: string) {
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  const { data } = await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    store
  )
  return data.payment_collection as { id: string; payment_sessions: { id: string; provider_id: string }[] }
}

/** Subscribers run after the response: poll until the condition holds or time runs out. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now()
  let value = await read()
  while (!accept(value) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  return value
}
