import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AsoudSdk } from "@asoud/js-sdk"
import { startSimulator, type Simulator } from "@asoud/simulator"
import { smsProviderConformance } from "@asoud/sms/conformance"
import { formatToman } from "@asoud/sms/kit"
import { KavenegarSmsProvider } from "@asoud/sms-kavenegar"
import { SmsIrSmsProvider } from "@asoud/sms-smsir"
import { runSeeders } from "../../../src/seed"
import { adminUserSeeder } from "../../../src/seed/admin-user"
import { publishableKeySeeder } from "../../../src/seed/publishable-key"
import { storeSeeder } from "../../../src/seed/store"
import { seedDemo, storeHeaders } from "../../helpers/demo"

jest.setTimeout(180_000)

type OutboxMessage = { provider: string; to: string; text: string; params?: Record<string, string> }

// The runner loads medusa-config.ts before it applies its `env` option, so the variables the config
// reads go into process.env here, in a file-level hook that runs before the runner's own.
const env: Record<string, string> = {
  PHONE_OTP_RESEND_SECONDS: "1",
  PHONE_OTP_HOURLY_PER_NUMBER: "5",
  PHONE_OTP_HOURLY_PER_IP: "20",
}
let simulator: Simulator
beforeAll(async () => {
  simulator = await startSimulator()
  env.SIMULATOR_URL = simulator.url
  Object.assign(process.env, env)
})
afterAll(async () => {
  Object.keys(env).forEach((key) => delete process.env[key])
  await simulator?.close()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function outbox(to: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${simulator.url}/__sim/sms/outbox?to=${encodeURIComponent(to)}`)
  return ((await response.json()) as { messages: OutboxMessage[] }).messages
}

/** The latest code texted to a number, as a person reads it off the phone. */
async function latestCode(to: string): Promise<string> {
  const messages = await outbox(to)
  const last = messages[messages.length - 1]
  const code = last?.params?.token ?? last?.params?.CODE ?? /\d{6}/.exec(last?.text ?? "")?.[0]
  if (!code) {
    throw new Error(`no code in the outbox for ${to}`)
  }
  return code
}

async function waitFor<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value !== undefined) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await sleep(200)
  }
}

async function armFault(service: string, kind: string, value?: number, times = 1) {
  await fetch(`${simulator.url}/__sim/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ service, operation: "*", kind, value, times }),
  })
}

let ipSeq = 0
/** Each test speaks from its own client IP (the server trusts one proxy hop), so per-IP caps don't leak between tests. */
const clientIp = () => ({ "x-forwarded-for": `10.44.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}` })

medusaIntegrationTestRunner({
  env,
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let adminHeaders: { headers: Record<string, string> }
    let ip: Record<string, string>

    const otp = (body: Record<string, string>, headers: Record<string, string> = ip) =>
      api.post("/auth/customer/phone-otp", body, { headers }).catch((e: { response: { status: number; data: { message: string }; headers: Record<string, string> } }) => e.response)

    const sdkFor = () =>
      new AsoudSdk({
        baseUrl: api.defaults.baseURL as string,
        publishableKey,
        auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
        globalHeaders: ip,
      })

    /** Full phone login through sdk.auth; returns the SDK (holding the token) and the customer. */
    async function loginByPhone(phone: string) {
      const sdk = sdkFor()
      const first = await sdk.auth.login("customer", "phone-otp", { phone })
      expect(first).toEqual({ location: "otp" })
      const token = await sdk.auth.login("customer", "phone-otp", { phone, code: await latestCode(phone) })
      expect(typeof token).toBe("string")
      const { customer } = await sdk.store.customer.retrieve()
      return { sdk, customer }
    }

    beforeEach(async () => {
      simulator.reset()
      ip = clientIp()
      // A light seed (sales channel, publishable key, admin); the order test seeds the whole demo.
      const { summary } = await runSeeders(getContainer(), [storeSeeder, publishableKeySeeder, adminUserSeeder])
      publishableKey = summary.publishable_key!
      const admin = summary.logins.find((login) => login.role.toLowerCase().includes("admin")) ?? summary.logins[0]
      const { data } = await api.post("/auth/user/emailpass", { email: admin.email, password: admin.password })
      adminHeaders = { headers: { authorization: `Bearer ${data.token}` } }
    })

    describe("phone login (phone-otp)", () => {
      it("registers a new number and logs in with the code read from the outbox, through sdk.auth", async () => {
        const { customer } = await loginByPhone("09121110001")
        expect(customer.phone).toBe("09121110001")
        // The store route sends has_account, which the StoreCustomer type leaves out.
        expect((customer as typeof customer & { has_account?: boolean }).has_account).toBe(true)
        const [sms] = await outbox("09121110001")
        expect(sms.provider).toBe("kavenegar")
        expect(sms.params?.token).toMatch(/^\d{6}$/)
      })

      it("lands every accepted format of one number on the same customer", async () => {
        const { customer } = await loginByPhone("09121110002")
        for (const format of ["+98 912 111 0002", "00989121110002", "۰۹۱۲۱۱۱۰۰۰۲", "٩١٢١١١٠٠٠٢"]) {
          await sleep(1100) // the test server's resend cooldown is 1 s
          const again = await loginByPhone(format)
          expect(again.customer.id).toBe(customer.id)
        }
        const customers = await getContainer().resolve("customer").listCustomers({ phone: "09121110002" } as never)
        expect(customers).toHaveLength(1)
      })

      it("locks the code after five wrong tries, even for the right code afterwards", async () => {
        const phone = "09121110003"
        expect((await otp({ phone })).status).toBe(200)
        const code = await latestCode(phone)
        const wrong = code === "000000" ? "111111" : "000000"
        for (let attempt = 1; attempt <= 5; attempt++) {
          const response = await otp({ phone, code: wrong })
          expect(response.status).toBe(401)
          expect(response.data.message).toMatch(attempt < 5 ? /wrong or has expired/ : /Too many wrong codes/)
        }
        const locked = await otp({ phone, code })
        expect(locked.status).toBe(401)
        expect(locked.data.message).toMatch(/Too many wrong codes/)
      })

      it("accepts a code only once", async () => {
        const phone = "09121110004"
        await otp({ phone })
        const code = await latestCode(phone)
        expect((await otp({ phone, code })).status).toBe(200)
        expect((await otp({ phone, code })).status).toBe(401)
      })

      it("throttles resends (cooldown) and caps codes per number per hour, answering 429 with Retry-After", async () => {
        const phone = "09121110005"
        expect((await otp({ phone })).status).toBe(200)
        const tooSoon = await otp({ phone: "+989121110005" })
        expect(tooSoon.status).toBe(429)
        expect(Number(tooSoon.headers["retry-after"])).toBeGreaterThan(0)
        expect(await outbox(phone)).toHaveLength(1)
        for (let sent = 2; sent <= 5; sent++) {
          await sleep(1100)
          expect((await otp({ phone })).status).toBe(200)
        }
        await sleep(1100)
        const capped = await otp({ phone })
        expect(capped.status).toBe(429)
        expect(capped.data.message).toMatch(/Too many codes for this number/)
        expect(await outbox(phone)).toHaveLength(5)
      })

      it("caps code requests per client IP per hour", async () => {
        for (let n = 0; n < 20; n++) {
          expect((await otp({ phone: `0935222${String(n).padStart(4, "0")}` })).status).toBe(200)
        }
        const capped = await otp({ phone: "09352229999" })
        expect(capped.status).toBe(429)
        expect(capped.data.message).toMatch(/your network/)
        const otherIp = await otp({ phone: "09352229999" }, clientIp())
        expect(otherIp.status).toBe(200)
      })

      it("answers the same for a registered and an unknown number", async () => {
        await loginByPhone("09121110006")
        await sleep(1100)
        const registered = await otp({ phone: "09121110006" }, clientIp())
        await sleep(1100)
        const unknown = await otp({ phone: "09121110007" }, clientIp())
        expect(registered.status).toBe(200)
        expect(unknown.status).toBe(200)
        expect(registered.data).toEqual(unknown.data)
      })

      it("refuses a number that is no Iranian mobile with a clear 400", async () => {
        const response = await otp({ phone: "02112345678" })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/Iranian mobile number/)
      })

      it("stores no code in plain text in the notification record", async () => {
        const phone = "09121110008"
        await otp({ phone })
        const code = await latestCode(phone)
        const [notification] = await getContainer().resolve("notification").listNotifications({ to: phone })
        expect(JSON.stringify(notification.data)).not.toContain(code)
      })

      it("keeps emailpass for admins beside phone login", async () => {
        const { data } = await api.get("/admin/users/me", adminHeaders)
        expect(data.user.email).toBeDefined()
      })

      it("refuses to set a customer's phone to another customer's number (409), in any format", async () => {
        await loginByPhone("09121110011")
        const second = await loginByPhone("09121110012")
        const conflict = await second.sdk.store.customer.update({ phone: "+98 912 111 0011" }).catch((e: { status: number; message: string }) => e)
        expect(conflict).toMatchObject({ status: 409 })
        const own = await second.sdk.store.customer.update({ phone: "۰۹۱۲۱۱۱۰۰۱۳" })
        expect(own.customer.phone).toBe("09121110013")
      })
    })

    describe("SMS delivery", () => {
      it("fails over to SMS.ir when Kavenegar is out of credit, and logs both attempts", async () => {
        await armFault("kavenegar", "credit")
        const phone = "09121110020"
        expect((await otp({ phone })).status).toBe(200)
        const [sms] = await outbox(phone)
        expect(sms.provider).toBe("smsir")
        expect(sms.params?.CODE).toMatch(/^\d{6}$/)

        const { data } = await api.get(`/admin/sms/messages?to=${encodeURIComponent("+989121110020")}`, adminHeaders)
        expect(data.messages).toHaveLength(1)
        expect(data.messages[0]).toMatchObject({ status: "sent", provider: "smsir", template: "otp" })
        expect(data.messages[0].attempts).toEqual([
          expect.objectContaining({ provider: "kavenegar", kind: "out-of-credit" }),
          { provider: "smsir" },
        ])
      })

      it("retries a 503 once, then fails over when Kavenegar stays down", async () => {
        await armFault("kavenegar", "down", undefined, 2)
        const { data } = await api.post("/admin/sms/send-test", { to: "09121110021", text: "آزمایش" }, adminHeaders)
        expect(data.notification.external_id).toMatch(/^smsir:/)
        expect(simulator.calls.list({ service: "kavenegar" })).toHaveLength(2)
        const log = await api.get("/admin/sms/messages?to=09121110021", adminHeaders)
        expect(log.data.messages[0].attempts[0]).toMatchObject({ provider: "kavenegar", kind: "unavailable" })
      })

      it("recovers from a single 503 by retrying the same provider", async () => {
        await armFault("kavenegar", "down")
        const { data } = await api.post("/admin/sms/send-test", { to: "09121110024", text: "آزمایش" }, adminHeaders)
        expect(data.notification.external_id).toMatch(/^kavenegar:/)
      })

      it("does not fail over when the provider refuses the number itself", async () => {
        await fetch(`${simulator.url}/__sim/faults`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ service: "kavenegar", operation: "*", kind: "code", value: 411, times: 1 }),
        })
        const response = await api.post("/admin/sms/send-test", { to: "09121110022", text: "آزمایش" }, adminHeaders).catch((e: { response: { status: number } }) => e.response)
        expect(response.status).toBe(502)
        expect(await outbox("09121110022")).toHaveLength(0)
        const calls = simulator.calls.list({ service: "smsir" })
        expect(calls).toHaveLength(0)
      })

      it("sends an admin test SMS and lists it in the log", async () => {
        const { data } = await api.post("/admin/sms/send-test", { to: "0912-111-0023", text: "سلام" }, adminHeaders)
        expect(data.notification.external_id).toMatch(/^kavenegar:\d+$/)
        const [sms] = await outbox("09121110023")
        expect(sms.text).toContain("سلام")
        const log = await api.get("/admin/sms/messages?status=sent", adminHeaders)
        expect(log.data.messages.map((m: { to: string }) => m.to)).toContain("09121110023")
      })

      it("refuses an invalid number in the admin test send with a 400", async () => {
        const response = await api.post("/admin/sms/send-test", { to: "12345", text: "x" }, adminHeaders).catch((e: { response: { status: number } }) => e.response)
        expect(response.status).toBe(400)
      })

      /** A real order through the store API: demo catalogue, post shipping, the system payment provider. */
      async function placeOrder(phone: string) {
        await seedDemo(getContainer())
        const headers = storeHeaders(publishableKey)
        const { data: regions } = await api.get("/store/regions", headers)
        const region = regions.regions.find((r: { currency_code: string }) => r.currency_code === "irr")
        const { data: products } = await api.get(`/store/products?handle=saffron-sargol&region_id=${region.id}&fields=*variants`, headers)
        const variant = products.products[0].variants[0]
        const { data: created } = await api.post(
          "/store/carts",
          {
            region_id: region.id,
            email: "buyer@example.com",
            shipping_address: { first_name: "مریم", last_name: "احمدی", address_1: "خیابان ولیعصر", city: "تهران", country_code: "ir", postal_code: "1234567890", phone },
          },
          headers
        )
        const cartId = created.cart.id
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 1 }, headers)
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, headers)
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
        await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(completed.type).toBe("order")
        return completed.order as { id: string; display_id: number; total: number; items: Array<{ id: string; quantity: number }> }
      }

      it("texts the customer when an order is placed", async () => {
        const order = await placeOrder("+98 912 111 0030")
        const sms = await waitFor(async () => (await outbox("09121110030"))[0], "the order SMS")
        expect(sms.text).toContain("مریم عزیز")
        expect(sms.text).toContain(String(order.display_id))
        expect(sms.text).toContain(`${formatToman(order.total)} تومان`)
      })

      it("texts the customer when the order ships, with the tracking number", async () => {
        const order = await placeOrder("09121110031")
        await waitFor(async () => (await outbox("09121110031"))[0], "the order SMS")
        const items = order.items.map((item) => ({ id: item.id, quantity: item.quantity }))
        const { data: fulfilled } = await api.post(`/admin/orders/${order.id}/fulfillments?fields=id,*fulfillments`, { items }, adminHeaders)
        const fulfillmentId = fulfilled.order.fulfillments[0].id
        await api.post(
          `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`,
          { items, labels: [{ tracking_number: "TRK123456", tracking_url: "https://tracking.post.ir", label_url: "https://tracking.post.ir/label" }] },
          adminHeaders
        )
        const shipped = await waitFor(async () => (await outbox("09121110031")).find((m) => m.text.includes("ارسال شد")), "the shipped SMS")
        expect(shipped.text).toContain(String(order.display_id))
        expect(shipped.text).toContain("TRK123456")
      })

      it("runs a bulk send to a customer group in the background, with progress", async () => {
        const container = getContainer()
        const customers = container.resolve("customer")
        const group = await customers.createCustomerGroups({ name: "VIP" })
        const members = await customers.createCustomers([
          { email: "a@example.com", phone: "09121110041" },
          { email: "b@example.com", phone: "+989121110042" },
          { email: "c@example.com", phone: null },
        ])
        await customers.addCustomerToGroup(members.map((m: { id: string }) => ({ customer_id: m.id, customer_group_id: group.id })))

        const { data, status } = await api.post("/admin/sms/bulk-sends", { customer_group_id: group.id, text: "تخفیف ویژه" }, adminHeaders)
        expect(status).toBe(202)
        expect(data.bulk_send).toMatchObject({ total: 3 })
        const done = await waitFor(async () => {
          const { data: progress } = await api.get(`/admin/sms/bulk-sends/${data.bulk_send.id}`, adminHeaders)
          return progress.bulk_send.status === "completed" ? progress.bulk_send : undefined
        }, "the bulk send to finish")
        expect(done).toMatchObject({ sent: 2, failed: 0, skipped: 1 })
        expect((await outbox("09121110042"))[0].text).toBe("تخفیف ویژه")
      })

      it("answers 404 for a bulk send to a missing group", async () => {
        const response = await api.post("/admin/sms/bulk-sends", { customer_group_id: "cusgroup_missing", text: "x" }, adminHeaders).catch((e: { response: { status: number } }) => e.response)
        expect(response.status).toBe(404)
      })
    })

    describe("provider conformance suite", () => {
      it("passes for Kavenegar and SMS.ir against the simulator", async () => {
        const suites = [
          smsProviderConformance({
            service: "kavenegar",
            simulatorUrl: simulator.url,
            create: (options) => new KavenegarSmsProvider({}, { apiKey: "demo", baseUrl: simulator.url, ...options }),
            otpTemplate: { id: "asoud-otp", params: { token: "code" } },
          }),
          smsProviderConformance({
            service: "smsir",
            simulatorUrl: simulator.url,
            create: (options) => new SmsIrSmsProvider({}, { apiKey: "demo", lineNumber: "3000", baseUrl: simulator.url, ...options }),
            otpTemplate: { id: "100000", params: { CODE: "code" } },
          }),
        ]
        for (const check of suites.flat()) {
          await check.run()
        }
      })
    })
  },
})
