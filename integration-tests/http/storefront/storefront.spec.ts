import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { AsoudSdk } from "@asoud/js-sdk"
import type { Browser, BrowserContext, Page } from "playwright-core"
import pg from "pg"
import { browserTestsEnabled, launchChromium } from "../../helpers/chromium"
import { demoAdmin } from "../../helpers/demo-shop"
import { startPlatform, type RunningPlatform } from "../../helpers/launcher"
import { freePort } from "../../helpers/ports"

// The Persian storefront as a shopper uses it: `npm start` (the launcher builds what is stale, runs
// the platform, the simulator and the storefront), then Chromium clicks through it. The bank pages
// are the simulator's; the SMS codes are read from its outbox.
jest.setTimeout(1_500_000)

const SCREENSHOTS = join(__dirname, "..", "..", "..", "test-results", "storefront")
const DATABASE = `asoud_storefront_${process.pid}`
const describeWithBrowser = browserTestsEnabled("storefront suite") ? describe : describe.skip

const adminDatabase = () =>
  new pg.Client({
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || "",
    database: "postgres",
  })

/** A new Iranian mobile number per run, so every shopper here is new. */
const newPhone = () => `0912${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`

describeWithBrowser("the storefront on npm start", () => {
  let platform: RunningPlatform
  let browser: Browser
  let storefront: string
  let api: string
  let simulator: string
  let publishableKey: string

  const shot = async (page: Page, name: string) => {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
  }

  /** The newest code texted to a number, read from the simulator's outbox as the phone would show it. */
  const latestCode = async (phone: string): Promise<string> => {
    const deadline = Date.now() + 15_000
    while (Date.now() < deadline) {
      const res = await fetch(`${simulator}/__sim/sms/outbox?to=${phone}`)
      const { messages } = (await res.json()) as { messages: Array<{ text: string; params?: Record<string, string> }> }
      const last = messages[messages.length - 1]
      const code = last?.params?.token ?? last?.params?.CODE ?? /\d{6}/.exec(last?.text ?? "")?.[0]
      if (code) return code
      await new Promise((r) => setTimeout(r, 250))
    }
    throw new Error(`no code was texted to ${phone}`)
  }

  const newShopperPage = async (): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
    const context = await browser.newContext({ locale: "fa-IR", viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))
    return { context, page, errors }
  }

  const addToCart = async (page: Page, handle: string, quantity = 1) => {
    await page.goto(`${storefront}/products/${handle}`)
    await page.getByLabel("تعداد").fill(String(quantity))
    await page.getByRole("button", { name: "افزودن به سبد خرید" }).click()
    await page.getByText("به سبد خرید اضافه شد.").waitFor()
  }

  const loginByPhone = async (page: Page, phone: string) => {
    await page.getByLabel("شماره موبایل").fill(phone)
    await page.getByRole("button", { name: "دریافت کد" }).click()
    await page.getByLabel("کد تأیید").waitFor()
    await page.getByLabel("کد تأیید").fill(await latestCode(phone))
    await page.getByRole("button", { name: "ورود", exact: true }).click()
  }

  /** Address, then every shipment's first option, on the checkout page. */
  const fillCheckout = async (page: Page) => {
    const form = page.getByTestId("address-form")
    await form.getByLabel("نام", { exact: true }).fill("سارا")
    await form.getByLabel("نام خانوادگی").fill("رضایی")
    await form.getByLabel("شهر").fill("تهران")
    await form.getByLabel("نشانی").fill("خیابان آزادی، پلاک ۱۲")
    await form.getByLabel("کد پستی (۱۰ رقم)").fill("۱۲۳۴۵۶۷۸۹۰")
    await form.getByRole("button", { name: "ثبت نشانی" }).click()
    await page.getByText("نشانی ثبت شد.").waitFor()
    const choosers = page.getByTestId("shipping-chooser")
    await choosers.first().waitFor()
    for (let i = 0; i < (await choosers.count()); i++) {
      const chooser = page.getByTestId("shipping-chooser").nth(i)
      await chooser.getByRole("radio").first().check()
      await chooser.getByRole("button", { name: "ثبت روش ارسال" }).click()
      await page.waitForLoadState("networkidle")
    }
    // Payment opens once the address and every shipment are set.
    await page.getByTestId("payment-form").locator("button[type=submit]:not([disabled])").waitFor()
  }

  /** Chooses a method on the checkout page and pays, then presses a button on the simulator's bank page. */
  const payAtBank = async (page: Page, method: RegExp, bankButton: "پرداخت" | "انصراف") => {
    await page.getByTestId("payment-form").getByRole("radio", { name: method }).check()
    await page.getByTestId("payment-form").getByRole("button", { name: /^پرداخت/ }).click()
    await page.waitForURL((url) => url.toString().startsWith(simulator), { timeout: 60_000 })
    await page.getByRole("button", { name: bankButton, exact: true }).click()
    await page.waitForURL((url) => url.toString().startsWith(`${storefront}/checkout/result`), { timeout: 60_000 })
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    const admin = adminDatabase()
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
    await admin.end()
    const port = freePort()
    const storefrontPort = freePort()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      SIMULATOR_PORT: String(freePort()),
      STOREFRONT_PORT: String(storefrontPort),
      DATABASE_URL: `postgres://${process.env.DB_USERNAME || "postgres"}:${process.env.DB_PASSWORD || ""}@localhost:${process.env.DB_PORT || 5432}/${DATABASE}`,
    }
    delete env.NODE_OPTIONS
    delete env.STOREFRONT_URLS
    delete env.TEST_TYPE
    // the test runner quiets Medusa to errors; the demo's own log level is what a newcomer reads
    delete env.LOG_LEVEL
    platform = await startPlatform(env)
    storefront = platform.line(/storefront:\s+(http:\/\/\S+)/)!
    simulator = platform.line(/^simulator: (\S+)$/m)!
    publishableKey = platform.line(/publishable key:\s+(pk_[0-9a-f]+)/)!
    api = `http://localhost:${port}`
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
    const admin = adminDatabase()
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
    await admin.end()
  })

  /** A new shopper logged in by phone (the login page, the code from the outbox), in a fresh browser. */
  const loggedInShopper = async () => {
    const shopper = await newShopperPage()
    await shopper.page.goto(`${storefront}/login`)
    await loginByPhone(shopper.page, newPhone())
    await shopper.page.waitForURL(`${storefront}/account`)
    return shopper
  }

  it("prints the storefront first in the banner and serves it right to left in Persian", async () => {
    expect(platform.output()).toMatch(/Asoud Commerce is running\n\s+storefront:\s+http:\/\/localhost:\d+/)
    expect(storefront).toMatch(/^http:\/\/localhost:\d+$/)
    const home = await fetch(storefront)
    expect(home.status).toBe(200)
    expect(await home.text()).toMatch(/<html lang="fa" dir="rtl"/)
  })

  it("server-renders the catalogue with Persian prices and each product's market, for indexing", async () => {
    const res = await fetch(`${storefront}/products?category=food`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain("زعفران سرگل قائنات")
    // the category narrows the catalogue: no shoes among the food
    expect(html).not.toContain("کفش چرم تبریز")
    expect(html).toMatch(/[۰-۹]{1,3}٬[۰-۹]{3} تومان/)
    expect(html).toContain("زعفران‌سرای قائنات")
  })

  it("gives store product routes a product's market and shipping profile, never the market's private fields", async () => {
    const headers = { "x-publishable-api-key": publishableKey }
    const listed = await fetch(`${api}/store/products?handle=saffron-sargol&fields=id,market.handle,market.name,shipping_profile.id`, { headers })
    const { products } = (await listed.json()) as { products: Array<{ market: { handle: string; name: string }; shipping_profile: { id: string } }> }
    expect(products[0].market).toMatchObject({ handle: "saffron-house", name: "زعفران‌سرای قائنات" })
    expect(products[0].shipping_profile.id).toMatch(/^sp_/)
    const everything = await fetch(`${api}/store/products?handle=saffron-sargol&fields=id,*market,market.commission_rate`, { headers })
    const [product] = ((await everything.json()) as { products: Array<Record<string, unknown>> }).products
    expect(product.market).toBeUndefined()
  })

  it("prints the demo's login code in the server log, and keeps the customer's token in the SDK after phoneAuth.verifyCode", async () => {
    const sdk = new AsoudSdk({ baseUrl: api, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    const phone = newPhone()
    await sdk.asoud.store.phoneAuth.requestCode(phone)
    const code = await latestCode(phone)
    // The demo's banner promises the code in the server log too, beside the simulator's outbox.
    const logged = `code for ${phone} is ${code}`
    for (let tries = 0; tries < 40 && !platform.output().includes(logged); tries++) {
      await new Promise((r) => setTimeout(r, 250))
    }
    expect(platform.output()).toContain(logged)
    const { token } = await sdk.asoud.store.phoneAuth.verifyCode(phone, code)
    expect(await sdk.client.getToken()).toBe(token)
    const { customer } = await sdk.store.customer.retrieve()
    expect(customer.phone).toBe(phone)
  })

  it("lets a new shopper log in by phone, buy from two markets, pay with Mellat on the bank page and see the order", async () => {
    const { context, page, errors } = await newShopperPage()
    await context.grantPermissions(["geolocation"])
    await context.setGeolocation({ latitude: 32.65, longitude: 51.67 }) // Isfahan

    await page.goto(`${storefront}/`)
    await shot(page, "01-home")
    await page.goto(`${storefront}/markets`)
    await page.getByRole("button", { name: "نزدیک‌ترین به من" }).click()
    await page.waitForURL(/lat=32\.65/)
    await page.getByText("نزدیک‌ترین اول").waitFor()
    expect(await page.getByTestId("markets").getByRole("link").first().getAttribute("data-market")).toBe("isfahan-crafts")
    await shot(page, "02-markets-nearest")
    await page.goto(`${storefront}/markets/saffron-house`)
    await page.getByRole("heading", { name: "زعفران‌سرای قائنات" }).waitFor()
    await shot(page, "03-market")
    await page.goto(`${storefront}/products`)
    await shot(page, "04-catalogue")
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, "04-catalogue-phone")
    await page.setViewportSize({ width: 1280, height: 900 })

    await addToCart(page, "saffron-sargol")
    await shot(page, "05-product")
    await addToCart(page, "isfahan-gaz", 2)
    await page.goto(`${storefront}/cart`)
    const groups = page.getByTestId("market-group")
    expect((await groups.evaluateAll((els) => els.map((el) => el.getAttribute("data-market")))).sort()).toEqual(["isfahan-crafts", "saffron-house"])
    await shot(page, "06-cart")

    await page.getByTestId("to-checkout").click()
    await page.waitForURL(/\/login\?next=/)
    await shot(page, "07-login")
    await loginByPhone(page, newPhone())
    await page.waitForURL(`${storefront}/checkout`)
    await fillCheckout(page)
    await shot(page, "08-checkout")

    await payAtBank(page, /ملت/, "پرداخت")
    expect(await page.getByTestId("payment-result").getAttribute("data-status")).toBe("success")
    await page.getByRole("heading", { name: "سفارش شما ثبت شد" }).waitFor()
    const parts = page.getByTestId("order-part")
    expect((await parts.evaluateAll((els) => els.map((el) => el.getAttribute("data-market")))).sort()).toEqual(["isfahan-crafts", "saffron-house"])
    await shot(page, "09-paid")

    await page.goto(`${storefront}/account/orders`)
    const order = page.getByTestId("order").first()
    await order.getByText("پرداخت‌شده").waitFor()
    expect(await order.getByTestId("order-part").count()).toBe(2)
    await shot(page, "10-orders")
    expect(errors).toEqual([])
    await context.close()
  })

  it("shows a canceled Zarinpal payment with its Persian message, keeps the cart, and pays on the retry", async () => {
    const { context, page, errors } = await loggedInShopper()
    await addToCart(page, "tabriz-leather-shoes")
    await page.goto(`${storefront}/checkout`)
    await fillCheckout(page)

    await payAtBank(page, /زرین‌پال/, "انصراف")
    expect(await page.getByTestId("payment-result").getAttribute("data-status")).toBe("canceled")
    await page.getByRole("heading", { name: "پرداخت لغو شد" }).waitFor()
    await page.getByText("پرداخت لغو شد. می‌توانید دوباره پرداخت کنید.").waitFor()
    await shot(page, "11-canceled")

    await page.getByTestId("retry-payment").click()
    await page.waitForURL(/\/checkout/)
    await payAtBank(page, /زرین‌پال/, "پرداخت")
    expect(await page.getByTestId("payment-result").getAttribute("data-status")).toBe("success")
    await page.getByTestId("order").getByText("کفش چرم تبریز", { exact: false }).waitFor()
    await shot(page, "12-retried")
    expect(errors).toEqual([])
    await context.close()
  })

  it("tops the wallet up through Parsian, pays an order from it and one split with Mellat, and requests a Sheba withdrawal", async () => {
    const { context, page, errors } = await loggedInShopper()
    await shot(page, "13-account")
    await page.goto(`${storefront}/account/wallet`)
    const topUp = page.getByTestId("top-up-form")
    // Enough for the whole gaz order at its dearer size (the store lists variants in no fixed order, so
    // the product page may offer either), with tax and the courier, then the split's share and the withdrawal.
    await topUp.getByLabel("مبلغ (تومان)").fill("۳٬۰۰۰٬۰۰۰")
    await topUp.getByLabel("درگاه").selectOption({ label: "بانک پارسیان (پک)" })
    await topUp.getByRole("button", { name: "شارژ کیف پول" }).click()
    await page.waitForURL((url) => url.toString().startsWith(simulator), { timeout: 60_000 })
    await page.getByRole("button", { name: "پرداخت", exact: true }).click()
    await page.waitForURL((url) => url.toString().startsWith(`${storefront}/account/wallet?status=success`), { timeout: 60_000 })
    await page.getByText("شارژ کیف پول انجام شد.").waitFor()

    // The whole order from the wallet: placed at once, no bank.
    await addToCart(page, "isfahan-gaz")
    await page.goto(`${storefront}/checkout`)
    await fillCheckout(page)
    await page.getByTestId("payment-form").locator('input[name="method"][value="pp_wallet_wallet"]').check()
    await page.getByTestId("payment-form").getByRole("button", { name: /^پرداخت/ }).click()
    await page.waitForURL(/\/checkout\/result\?status=success/)
    await page.getByTestId("order").getByText("گز آردی اصفهان", { exact: false }).waitFor()
    await shot(page, "14-paid-with-wallet")

    // Part from the wallet, the rest at Mellat.
    await addToCart(page, "lahijan-tea")
    await page.goto(`${storefront}/checkout`)
    await fillCheckout(page)
    await page.getByTestId("payment-form").locator('input[name="method"][value="split"]').check()
    await page.getByLabel("سهم کیف پول (تومان)").fill("۳۰۰٬۰۰۰")
    await page.getByLabel("باقی‌مانده با").selectOption({ label: "بانک ملت (به‌پرداخت)" })
    await page.getByTestId("payment-form").getByRole("button", { name: /^پرداخت/ }).click()
    await page.waitForURL((url) => url.toString().startsWith(simulator), { timeout: 60_000 })
    await page.getByRole("button", { name: "پرداخت", exact: true }).click()
    await page.waitForURL((url) => url.toString().startsWith(`${storefront}/checkout/result`), { timeout: 60_000 })
    expect(await page.getByTestId("payment-result").getAttribute("data-status")).toBe("success")
    await page.getByTestId("order").getByText("چای سیاه لاهیجان", { exact: false }).waitFor()

    await page.goto(`${storefront}/account/wallet`)
    const withdrawal = page.getByTestId("withdrawal-form")
    await withdrawal.getByLabel("مبلغ (تومان)").fill("100000")
    await withdrawal.getByLabel("نام صاحب حساب").fill("سارا رضایی")
    await withdrawal.getByLabel("شماره شبا").fill("IR11 0170 0000 0012 3456 7890 01")
    await withdrawal.getByRole("button", { name: "درخواست برداشت" }).click()
    await page.getByText("درخواست برداشت ثبت شد").waitFor().catch(async (error: Error) => {
      throw new Error(`${error.message}\nthe wallet page said: ${await withdrawal.innerText()}`)
    })
    await page.goto(`${storefront}/account/wallet`)
    await page.getByTestId("withdrawals").getByText("در انتظار بررسی", { exact: false }).waitFor()
    const ledger = await page.getByTestId("wallet-entries").innerText()
    expect(ledger).toContain("شارژ")
    expect(ledger).toContain("تسویه به شبا")
    await shot(page, "15-wallet")
    expect(errors).toEqual([])
    await context.close()
  })

  it("takes a shopper's application for the colleague tier", async () => {
    const { context, page, errors } = await loggedInShopper()
    await page.goto(`${storefront}/account/tier`)
    await page.getByLabel("سطح").selectOption({ label: "همکار" })
    await page.getByLabel("نام کسب‌وکار").fill("عطاری رضایی")
    await page.getByRole("button", { name: "ثبت درخواست" }).click()
    await page.getByText("درخواست شما ثبت شد").waitFor()
    await page.goto(`${storefront}/account/tier`)
    await page.getByTestId("tier-applications").getByText("در انتظار بررسی").waitFor()
    await shot(page, "16-tier")
    expect(errors).toEqual([])
    await context.close()
  })

  it("shows a colleague their tier price and quantity breaks, below everyone's price", async () => {
    const guest = await newShopperPage()
    await guest.page.goto(`${storefront}/products/saffron-sargol`)
    const retail = Number(await guest.page.getByTestId("unit-price").locator("[data-amount]").getAttribute("data-amount"))
    await guest.context.close()

    const { context, page, errors } = await newShopperPage()
    await page.goto(`${storefront}/login?next=/products/saffron-sargol`)
    await page.getByText("ورود با ایمیل و رمز عبور").click()
    await page.getByLabel("ایمیل").fill("colleague@asoud.local")
    await page.getByLabel("رمز عبور").fill("asoud-colleague")
    await page.getByRole("button", { name: "ورود با ایمیل" }).click()
    await page.waitForURL(`${storefront}/products/saffron-sargol`)
    await page.getByTestId("tier-note").getByText("همکار").waitFor()
    const colleague = Number(await page.getByTestId("unit-price").locator("[data-amount]").getAttribute("data-amount"))
    // The demo's colleague tier is 90% of retail at 1+, 85% from 10, 80% from 50.
    expect(colleague).toBe(retail * 0.9)
    const rows = await page.getByTestId("quantity-breaks").locator("tbody tr").allInnerTexts()
    expect(rows).toHaveLength(3)
    expect(rows.every((row) => row.includes("همکار"))).toBe(true)
    await page.getByLabel("تعداد").fill("۱۰")
    expect(Number(await page.getByTestId("unit-price").locator("[data-amount]").getAttribute("data-amount"))).toBe(retail * 0.85)
    await shot(page, "17-colleague-prices")
    expect(errors).toEqual([])
    await context.close()
  })

  it("lets an approved affiliate share a link; an invited shopper who lands on it buys, and the commission and reward show in the dashboard", async () => {
    const admin = await demoAdmin(api)
    await admin("/admin/affiliate-commission-rules", { scope: "default", type: "percent", value: 5 })
    const code = `sf${Date.now().toString(36)}`

    // A customer applies in the dashboard; the platform admin approves.
    const marketerPhone = newPhone()
    const marketer = await newShopperPage()
    await marketer.page.goto(`${storefront}/login?next=/account/affiliate`)
    await loginByPhone(marketer.page, marketerPhone)
    await marketer.page.waitForURL(`${storefront}/account/affiliate`)
    await marketer.page.getByLabel("کالاها را کجا معرفی می‌کنید؟").fill("کانال تلگرام زعفران")
    await marketer.page.getByRole("button", { name: "درخواست بازاریابی" }).click()
    // The form gives way to the application's status.
    await marketer.page.locator('[data-testid="affiliate-status"][data-status="pending"]').waitFor()
    const inviteCode = await marketer.page.getByTestId("referral-code").innerText()
    await shot(marketer.page, "18-affiliate-pending")
    const { affiliates } = await admin("/admin/affiliates?status=pending&limit=100")
    const applied = affiliates.find((a: { phone: string | null }) => a.phone === marketerPhone)
    await admin(`/admin/affiliates/${applied.id}/approve`, {})

    // Approved: a code, a second one disabled, and a link to a product with ?ref=.
    await marketer.page.reload()
    expect(await marketer.page.getByTestId("affiliate-status").getAttribute("data-status")).toBe("approved")
    for (const c of [code, `${code}x`]) {
      await marketer.page.getByLabel("کد تازه").fill(c)
      await marketer.page.getByRole("button", { name: "ساخت کد" }).click()
      await marketer.page.getByText(`کد «${c}» ساخته شد.`).waitFor()
    }
    await marketer.page.locator(`tr[data-code="${code}x"]`).getByRole("button", { name: "غیرفعال کردن" }).click()
    await marketer.page.locator(`tr[data-code="${code}x"]`).getByText("غیرفعال از", { exact: false }).waitFor()
    await marketer.page.getByLabel("مقصد پیوند").selectOption({ label: "زعفران سرگل قائنات" })
    await marketer.page.getByLabel("با کد").selectOption(code)
    await marketer.page.getByRole("button", { name: "ساخت پیوند" }).click()
    const url = await marketer.page.getByTestId("affiliate-link-url").locator("input").inputValue()
    expect(url).toBe(`${storefront}/products/saffron-sargol?ref=${code}`)

    // A new shopper, invited by the same customer, lands on the link and buys; a disabled code typed
    // at checkout is refused in Persian.
    const { context, page, errors } = await newShopperPage()
    await page.goto(`${storefront}/?invite=${inviteCode}`)
    await page.goto(url)
    expect((await context.cookies()).find((c) => c.name === "asoud_ref_token")?.value).toBeTruthy()
    await addToCart(page, "saffron-sargol")
    await page.goto(`${storefront}/checkout`)
    await page.waitForURL(/\/login\?next=/)
    await loginByPhone(page, newPhone())
    await page.waitForURL(`${storefront}/checkout`)
    await page.getByText(`پیوند بازاریاب «${code}»`, { exact: false }).waitFor()
    await page.getByLabel("کد بازاریاب (اختیاری)").fill(`${code}x`)
    await page.getByRole("button", { name: "ثبت کد" }).click()
    await page.getByText("کد بازاریاب وارد‌شده معتبر نیست یا غیرفعال شده است.").waitFor()
    await shot(page, "20-checkout-affiliate-code")
    await fillCheckout(page)
    await payAtBank(page, /ملت/, "پرداخت")
    expect(await page.getByTestId("payment-result").getAttribute("data-status")).toBe("success")
    const orderId = new URL(page.url()).searchParams.get("order_id")!
    const attributed = await admin(`/admin/orders/${orderId}/affiliate`)
    expect(attributed.attribution).toMatchObject({ affiliate_id: applied.id, code, source: "link", outcome: "commissioned" })
    expect(attributed.commissions).toHaveLength(1)
    expect(attributed.commissions[0]).toMatchObject({ status: "pending", affiliate_id: applied.id })
    expect(errors).toEqual([])
    await context.close()

    // The invite rewards both customers once the order is paid (a subscriber of order.placed).
    for (let tries = 0; tries < 60; tries++) {
      const { referrals } = await admin("/admin/referrals?status=rewarded")
      if (referrals.some((r: { code: string }) => r.code === inviteCode)) break
      await new Promise((r) => setTimeout(r, 250))
    }

    // The affiliate sees the click, the order and its commission, and the invite's reward.
    await marketer.page.reload()
    await marketer.page.getByTestId("referral-rewards").getByText("واریز شد").waitFor()
    const commission = marketer.page.getByTestId("affiliate-commissions").locator(`tr[data-order="${orderId}"]`)
    expect(await commission.getAttribute("data-status")).toBe("pending")
    expect(await commission.locator("[data-amount]").getAttribute("data-amount")).toBe(String(attributed.commissions[0].amount))
    await marketer.page.getByTestId("affiliate-months").waitFor()
    await shot(marketer.page, "19-affiliate-dashboard")
    expect(marketer.errors).toEqual([])
    await marketer.context.close()
  })
})
