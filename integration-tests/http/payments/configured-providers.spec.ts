import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startSimulator, type Simulator } from "@asoud/simulator"
import { freePort } from "../../helpers/ports"
import { STOREFRONT } from "../../helpers/simulated-gateways"
import { smsNote } from "../../../src/seed/sms"
import { seedCheckout, storeHeaders } from "./fixtures"
import { payOnBank, sendReturn } from "./browser"

jest.setTimeout(240_000)

// The platform configured as a real deployment is: each gateway and SMS provider by its own
// credentials and base URL (here the simulator's), no SIMULATOR_URL. Zarinpal counts in Toman
// (ZARINPAL_CURRENCY=IRT) while Mellat and Parsian count in rials (issues #15.4, #15.5).
const appPort = freePort()
const simulatorPort = freePort()
const SIM = `http://localhost:${simulatorPort}`
const RETURN_URL = `${STOREFRONT}/checkout/result`
const ENV: Record<string, string> = {
  MEDUSA_PUBLIC_URL: `http://localhost:${appPort}`,
  PORT: String(appPort),
  STOREFRONT_URLS: STOREFRONT,
  GATEWAY_TIMEOUT_MS: "1500",
  ZARINPAL_MERCHANT_ID: "8e1a5e4c-0b6f-4c61-9d43-2a5f9c1d7b3e",
  ZARINPAL_BASE_URL: SIM,
  ZARINPAL_CURRENCY: "IRT",
  MELLAT_TERMINAL_ID: "7001",
  MELLAT_USERNAME: "asoud-demo",
  MELLAT_PASSWORD: "sim-mellat-secret",
  MELLAT_BASE_URL: SIM,
  PARSIAN_PIN: "SIMPARSIANPIN7001",
  PARSIAN_BASE_URL: SIM,
  KAVENEGAR_API_KEY: "kavenegar-live-key",
  KAVENEGAR_BASE_URL: SIM,
  KAVENEGAR_OTP_TEMPLATE: "asoud-otp",
  SMSIR_API_KEY: "smsir-live-key",
  SMSIR_BASE_URL: SIM,
  SMSIR_LINE_NUMBER: "30004505000027",
  SMSIR_OTP_TEMPLATE_ID: "100000",
}

// The runner loads medusa-config.ts before it applies `env`: the variables go into process.env first
// (jest gives each test file its own copy), SIMULATOR_URL out of it.
delete process.env.SIMULATOR_URL
Object.assign(process.env, ENV)

let simulator: Simulator
beforeAll(async () => {
  simulator = await startSimulator({ port: simulatorPort })
})
afterAll(() => simulator?.close())

medusaIntegrationTestRunner({
  env: ENV,
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string
    let notes: string[]

    beforeAll(async () => {
      const seeded = await seedCheckout(getContainer())
      publishableKey = seeded.summary.publishable_key!
      regionId = seeded.regionId!
      notes = seeded.summary.notes
    })
    beforeEach(() => simulator.reset())

    const store = () => storeHeaders(publishableKey)

    async function checkout(providerId: string) {
      const { data: products } = await api.get(`/store/products?handle=saffron-sargol&region_id=${regionId}&fields=variants.id,variants.calculated_price`, store())
      const variant = products.products[0].variants[0]
      const { data: cartData } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: "toman@example.com",
          items: [{ variant_id: variant.id, quantity: 2 }],
          shipping_address: { first_name: "مریم", last_name: "احمدی", address_1: "خیابان انقلاب ۲", city: "تهران", country_code: "ir", postal_code: "1234567890", phone: "09121234568" },
        },
        store()
      )
      const cartId: string = cartData.cart.id
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store())
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=total,item_total,tax_total,shipping_total`, store())
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      const { data: withSession } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: providerId, data: { return_url: RETURN_URL } },
        store()
      )
      return { cartId, cartTotal: Number(cart.cart.total), unitPrice: Number(variant.calculated_price.calculated_amount), session: withSession.payment_collection.payment_sessions[0] }
    }

    async function orderTotal(orderId: string) {
      const { data } = await getContainer().resolve("query").graph({
        entity: "order",
        fields: ["total", "currency_code", "payment_collections.amount", "payment_collections.payments.amount", "payment_collections.payments.captured_at"],
        filters: { id: orderId },
      })
      return data[0]
    }

    it("pays a shop priced in whole tomans through Zarinpal in IRT: Toman sent and verified, rials on the order", async () => {
      const { cartTotal, unitPrice, session } = await checkout("pp_zarinpal_zarinpal")
      // The catalogue's prices are whole tomans (stored in rials), and so is the cart with VAT and shipping.
      expect(unitPrice % 10).toBe(0)
      expect(cartTotal % 10).toBe(0)
      expect(session.data).toEqual(expect.objectContaining({ amount: cartTotal, currency_code: "irr", gateway_unit: "IRT", gateway_amount: cartTotal / 10 }))

      const { location } = await sendReturn(await payOnBank(session.data.redirect, "pay"))
      expect(location.searchParams.get("status")).toBe("success")
      const [request] = simulator.calls.list({ service: "zarinpal", operation: "request" })
      expect(request.request).toEqual(expect.objectContaining({ amount: cartTotal / 10, currency: "IRT" }))
      const [verify] = simulator.calls.list({ service: "zarinpal", operation: "verify" })
      expect((verify.request as { amount: number }).amount).toBe(cartTotal / 10)
      expect((verify.response as { data: { code: number } }).data.code).toBe(100)

      const order = await orderTotal(location.searchParams.get("order_id")!)
      expect(order.currency_code).toBe("irr")
      expect(Number(order.total)).toBe(cartTotal)
      const payment = order.payment_collections![0]!.payments![0]!
      expect(Number(payment.amount)).toBe(cartTotal)
      expect(payment.captured_at).toBeTruthy()
    })

    it.each([
      ["Mellat", "pp_mellat_mellat", "mellat", "bpPayRequest", "amount"],
      ["Parsian", "pp_parsian_parsian", "parsian", "SalePaymentRequest", "Amount"],
    ])("pays the same shop through %s in rials", async (_name, providerId, service, requestOperation, amountField) => {
      const { cartTotal, session } = await checkout(providerId)
      expect(session.data).toEqual(expect.objectContaining({ amount: cartTotal, gateway_unit: "IRR", gateway_amount: cartTotal }))
      const { location } = await sendReturn(await payOnBank(session.data.redirect, "pay"))
      expect(location.searchParams.get("status")).toBe("success")
      const [request] = simulator.calls.list({ service, operation: requestOperation })
      expect(Number((request.request as Record<string, string>)[amountField])).toBe(cartTotal)
      const order = await orderTotal(location.searchParams.get("order_id")!)
      expect(Number(order.total)).toBe(cartTotal)
      expect(Number(order.payment_collections![0]!.payments![0]!.amount)).toBe(cartTotal)
    })

    it("names the SMS providers whose keys are set, and phone login texts through them (no simulator flag)", async () => {
      expect(smsNote(process.env)).toMatch(/^SMS: Kavenegar, then SMS\.ir/)
      expect(smsNote({})).toMatch(/no provider configured/)
      const { data } = await api.post("/auth/customer/phone-otp", { phone: "09121234569" })
      expect(data).toBeTruthy()
      const [lookup] = simulator.calls.list({ service: "kavenegar", operation: "lookup" })
      expect(lookup.request).toEqual(expect.objectContaining({ apiKey: "kavenegar-live-key", receptor: "09121234569", template: "asoud-otp" }))
    })

    it("lists the configured gateways in the seed's notes", () => {
      expect(notes.join("\n")).toMatch(/pp_zarinpal_zarinpal, pp_mellat_mellat, pp_parsian_parsian/)
    })
  },
})
