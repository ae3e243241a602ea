import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startSimulator, type Simulator } from "@asoud/simulator"
import { seedDemo, storeHeaders } from "../../helpers/demo"

jest.setTimeout(240_000)

// Two attacks on a storefront (issue 10, items 4 and 5): a market's storefront cart that takes other
// markets' products, and phone-login limits skipped through other methods and routes.

type OutboxMessage = { to: string; params?: Record<string, string>; text: string }
type Answer = { status: number; data: { message?: string; type?: string; location?: string; token?: string; cart?: Cart }; headers: Record<string, string> }
type Cart = { id: string; sales_channel_id: string; items: { variant_id: string }[] }
type Market = { id: string; handle: string; sales_channel_id: string; publishable_key_id: string }

// The runner loads medusa-config.ts before it applies its `env` option: the variables the config
// reads go into process.env in a file-level hook that runs before the runner's own.
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

async function latestCode(to: string): Promise<string> {
  const messages = await outbox(to)
  const last = messages[messages.length - 1]
  const code = last?.params?.token ?? last?.params?.CODE ?? /\d{6}/.exec(last?.text ?? "")?.[0]
  if (!code) throw new Error(`no code in the outbox for ${to}`)
  return code
}

async function armFault(service: string, kind: string, times: number) {
  await fetch(`${simulator.url}/__sim/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ service, operation: "*", kind, times }),
  })
}

let ipSeq = 0
/** Each test speaks from its own client IP (the server trusts one proxy hop): per-IP caps stay apart. */
const clientIp = () => ({ "x-forwarded-for": `10.77.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}` })

medusaIntegrationTestRunner({
  env,
  testSuite: ({ api, getContainer }) => {
    let platformKey: string
    let markets: Record<string, Market>
    let regionId: string
    let ip: Record<string, string>

    /** Any method, any path, any body; the answer whatever its status. */
    const call = (method: string, url: string, data?: object, headers: Record<string, string> = {}): Promise<Answer> =>
      api
        .request({ method, url, data, headers: { ...ip, ...headers } })
        .then((response: Answer) => response, (error: { response: Answer }) => error.response)
    const otp = (body: Record<string, string>, path = "/auth/customer/phone-otp") => call("POST", path, body)

    beforeEach(async () => {
      simulator.reset()
      ip = clientIp()
      const { summary } = await seedDemo(getContainer())
      platformKey = summary.publishable_key!
      const { data: login } = await api.post("/auth/user/emailpass", { email: "admin@asoud.local", password: "asoud-admin" })
      const admin = { headers: { authorization: `Bearer ${login.token}` } }
      const { data } = await api.get("/admin/markets?limit=50", admin)
      markets = Object.fromEntries(data.markets.map((market: Market) => [market.handle, market]))
      for (const market of Object.values(markets)) {
        const { data: key } = await api.get(`/admin/api-keys/${market.publishable_key_id}`, admin)
        ;(market as Market & { key: string }).key = key.api_key.token
      }
      regionId = (await api.get("/store/regions", storeHeaders(platformKey))).data.regions[0].id
    })

    describe("a market's storefront cart (key, x-market header or domain: the same cart)", () => {
      const keyOf = (handle: string) => (markets[handle] as Market & { key: string }).key
      const variantOf = async (handle: string) =>
        (await api.get(`/store/products?handle=${handle}&fields=id,*variants`, storeHeaders(platformKey))).data.products[0].variants[0].id as string

      const ways = (): [string, Record<string, string>][] => [
        ["its own publishable key", storeHeaders(keyOf("saffron-house")).headers],
        ["x-market: saffron-house", { ...storeHeaders(platformKey).headers, "x-market": "saffron-house" }],
        ["its subdomain saffron.localhost", { ...storeHeaders(platformKey).headers, host: "saffron.localhost:9000" }],
      ]

      it("lands in the market's sales channel, takes its products and refuses another market's, all three ways", async () => {
        const saffronVariant = await variantOf("saffron-sargol")
        const isfahanVariant = await variantOf("minakari-plate")
        for (const [way, headers] of ways()) {
          const created = await call("POST", "/store/carts", { region_id: regionId }, headers)
          expect([way, created.status]).toEqual([way, 200])
          const cart = created.data.cart!
          expect([way, cart.sales_channel_id]).toEqual([way, markets["saffron-house"].sales_channel_id])

          const own = await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: saffronVariant, quantity: 1 }, headers)
          expect([way, own.status]).toEqual([way, 200])
          const foreign = await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: isfahanVariant, quantity: 1 }, headers)
          expect([way, foreign.status]).toEqual([way, 400])
          expect(foreign.data.message).toMatch(/not sold by saffron-house/)

          const { data } = await api.get(`/store/carts/${cart.id}?fields=id,*items`, { headers })
          expect(data.cart.items.map((item: { variant_id: string }) => item.variant_id)).toEqual([saffronVariant])
        }
      })

      it("refuses another market's variant already when the cart is created with items, and a foreign sales channel", async () => {
        const isfahanVariant = await variantOf("isfahan-gaz")
        for (const [way, headers] of ways()) {
          const withItems = await call("POST", "/store/carts", { region_id: regionId, items: [{ variant_id: isfahanVariant, quantity: 1 }] }, headers)
          expect([way, withItems.status]).toEqual([way, 400])
        }
        const otherChannel = await call(
          "POST",
          "/store/carts",
          { region_id: regionId, sales_channel_id: markets["isfahan-crafts"].sales_channel_id },
          { ...storeHeaders(platformKey).headers, "x-market": "saffron-house" }
        )
        expect(otherChannel.status).toBe(400)
      })

      it("keeps the marketplace's cart (its key, no market named) open to every market's products", async () => {
        const headers = storeHeaders(platformKey).headers
        const created = await call("POST", "/store/carts", { region_id: regionId }, headers)
        expect(created.status).toBe(200)
        const cartId = created.data.cart!.id
        for (const handle of ["saffron-sargol", "minakari-plate"]) {
          const added = await call("POST", `/store/carts/${cartId}/line-items`, { variant_id: await variantOf(handle), quantity: 1 }, headers)
          expect([handle, added.status]).toEqual([handle, 200])
        }
      })
    })

    describe("phone login limits, whatever the method and the step", () => {
      it("refuses every method but POST on the login and register steps, texting nothing", async () => {
        const phone = "09121230001"
        for (const path of ["/auth/customer/phone-otp", "/auth/customer/phone-otp/register", "/auth/customer/PHONE-OTP"]) {
          for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
            const answer = await call(method, path, { phone })
            expect([method, path, answer.status]).toEqual([method, path, 405])
            expect(answer.headers.allow).toBe("POST")
          }
        }
        expect(await outbox(phone)).toHaveLength(0)
      })

      it("refuses the steps phone login does not have and actors other than customers, texting nothing", async () => {
        const phone = "09121230002"
        for (const [method, path, status] of [
          ["GET", "/auth/customer/phone-otp/callback", 404],
          ["POST", "/auth/customer/phone-otp/callback", 404],
          ["POST", "/auth/customer/phone-otp/reset-password", 404],
          ["POST", "/auth/user/phone-otp", 400],
          ["POST", "/auth/user/phone-otp/register", 400],
          ["GET", "/auth/user/phone-otp", 400],
        ] as const) {
          const answer = await call(method, path, { phone, identifier: phone })
          expect([method, path, answer.status]).toEqual([method, path, status])
        }
        expect(await outbox(phone)).toHaveLength(0)
      })

      it("shares one cooldown and one hourly cap between the login and register steps", async () => {
        const phone = "09121230003"
        expect((await otp({ phone })).status).toBe(200)
        const viaRegister = await otp({ phone }, "/auth/customer/phone-otp/register")
        expect(viaRegister.status).toBe(429)
        expect(Number(viaRegister.headers["retry-after"])).toBeGreaterThan(0)
        for (let sent = 2; sent <= 5; sent++) {
          await sleep(1100)
          const path = sent % 2 ? "/auth/customer/phone-otp" : "/auth/customer/phone-otp/register"
          expect([path, (await otp({ phone }, path)).status]).toEqual([path, 200])
        }
        await sleep(1100)
        const capped = await otp({ phone }, "/auth/customer/phone-otp/register")
        expect(capped.status).toBe(429)
        expect(capped.data.message).toMatch(/Too many codes for this number/)
        expect(await outbox(phone)).toHaveLength(5)
      })

      it("answers the register step's code request like login's, then logs in with the code", async () => {
        const login = await otp({ phone: "09121230004" })
        const register = await otp({ phone: "09121230005" }, "/auth/customer/phone-otp/register")
        expect(login.status).toBe(200)
        expect(register.status).toBe(200)
        expect(register.data).toEqual(login.data)
        expect(register.data).toEqual({ location: "otp" })
        const verified = await otp({ phone: "09121230005", code: await latestCode("09121230005") }, "/auth/customer/phone-otp/register")
        expect(verified.status).toBe(200)
        expect(typeof verified.data.token).toBe("string")
      })

      it("keeps counting wrong codes across new codes: five tries per number, not per code", async () => {
        const phone = "09121230006"
        expect((await otp({ phone })).status).toBe(200)
        const first = await latestCode(phone)
        const wrong = (code: string) => (code === "000000" ? "111111" : "000000")
        for (let attempt = 1; attempt <= 3; attempt++) {
          expect((await otp({ phone, code: wrong(first) })).status).toBe(401)
        }
        await sleep(1100)
        expect((await otp({ phone })).status).toBe(200)
        const second = await latestCode(phone)
        expect(second).not.toBeUndefined()
        expect((await otp({ phone, code: wrong(second) })).data.message).toMatch(/wrong or has expired/)
        expect((await otp({ phone, code: wrong(second) })).data.message).toMatch(/Too many wrong codes/)
        const locked = await otp({ phone, code: second })
        expect(locked.status).toBe(401)
        expect(locked.data.message).toMatch(/Too many wrong codes/)
        // a third code does not unlock the number either
        await sleep(1100)
        expect((await otp({ phone })).status).toBe(200)
        expect((await otp({ phone, code: await latestCode(phone) })).status).toBe(401)
      })

      it("answers 503 with a neutral message when no SMS service can send the code, on login and register", async () => {
        await armFault("kavenegar", "down", 20)
        await armFault("smsir", "down", 20)
        const login = await otp({ phone: "09121230007" })
        const register = await otp({ phone: "09121230008" }, "/auth/customer/phone-otp/register")
        for (const answer of [login, register]) {
          expect(answer.status).toBe(503)
          expect(answer.data.message).toMatch(/could not be sent right now/)
          expect(answer.data.message).not.toMatch(/kavenegar|sms\.ir|smsir/i)
        }
        expect(register.data).toEqual(login.data)
      })
    })
  },
})
