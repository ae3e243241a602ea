import type { Browser, Page } from "playwright-core"
import affiliatesEn from "../../../plugins/affiliates/src/admin/i18n/json/en.json"
import affiliatesFa from "../../../plugins/affiliates/src/admin/i18n/json/fa.json"
import {
  adminContext,
  adminDemo,
  browserTestsEnabled,
  launchChromium,
  screenshot,
  watchPage,
  type PageProblems,
} from "../../helpers/chromium"
import { DemoShopper } from "../../helpers/demo-shop"
import { DEMO_ADMIN, STOREFRONT } from "../../../src/seed/demo-data"

// Issue #11's admin screens in Debian's Chromium against `npm start`: the Affiliates page
// (applications, affiliates, referrals), the commissions queue, the commission rules on a market's
// page and the order's affiliate widget; the main decisions are made by clicking, as an admin does.
// ASOUD_ADMIN_UI_URL points the suite at a demo that is already running.
jest.setTimeout(900_000)

const itWithBrowser = browserTestsEnabled("affiliates admin UI suite") ? it : it.skip
const strings = { en: affiliatesEn.asoudAffiliates, fa: affiliatesFa.asoudAffiliates }
// the demo's saffron market owner (src/seed/markets.ts)
const SAFFRON_OWNER = { email: "saffron@asoud.local", password: process.env.ASOUD_MARKET_OWNER_PASSWORD || "asoud-market" }

type Json = Record<string, any>

describe("the affiliates admin on the demo, in Chromium", () => {
  let demo: Awaited<ReturnType<typeof adminDemo>> | undefined
  let base: string
  let browser: Browser
  /** Unique per run, so the suite can run again against a demo that is already up. */
  const run = Date.now().toString(36)

  beforeAll(async () => {
    if (!browserTestsEnabled("affiliates admin UI suite")) return
    demo = await adminDemo()
    base = demo.base
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await demo?.stop()
  })

  /** The platform admin's API, with a bearer token (setup and checks; the decisions are clicked). */
  async function adminApi() {
    const login = await fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password }),
    })
    const { token } = (await login.json()) as { token: string }
    return async (path: string, body?: unknown): Promise<Json> => {
      const response = await fetch(`${base}${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = (await response.json()) as Json
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`)
      return json
    }
  }

  async function openAdmin(language: "en" | "fa", login: { email: string; password: string } = DEMO_ADMIN): Promise<{ page: Page; problems: PageProblems }> {
    const context = await adminContext(browser, base, language)
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const problems = watchPage(page)
    await page.goto(`${base}/app/login`)
    await page.fill('input[name="email"]', login.email)
    await page.fill('input[name="password"]', login.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/app\/orders/)
    return { page, problems }
  }

  /** The storefront's publishable key and the saffron market (the demo's). */
  async function demoData(admin: Awaited<ReturnType<typeof adminApi>>) {
    const { api_keys } = await admin(`/admin/api-keys?type=publishable&fields=token&title=${encodeURIComponent(STOREFRONT.publishableKeyTitle)}`)
    const { markets } = await admin("/admin/markets?limit=50")
    return { key: api_keys[0].token as string, saffron: markets.find((m: Json) => m.handle === "saffron-house") as { id: string } }
  }

  itWithBrowser("approves an affiliate's application by clicking", async () => {
    const admin = await adminApi()
    const { key } = await demoData(admin)
    const applicant = await new DemoShopper(base, key).signUp(`applicant-${run}@example.com`, "affiliate-pass-1")
    await applicant.post("/store/affiliates", { name: `نیما ${run}`, pitch: "کانال تلگرام ۲۰ هزار نفری" })

    const { page, problems } = await openAdmin("en")
    const text = strings.en
    await page.goto(`${base}/app/affiliates`)
    await page.getByRole("heading", { name: text.title, exact: true }).waitFor()
    const application = page.getByRole("row").filter({ hasText: `نیما ${run}` })
    await screenshot(page, "en-affiliate-applications")
    await application.getByRole("button", { name: text.actions.approve }).click()
    await page.getByText(text.done.approve).first().waitFor()
    await application.waitFor({ state: "detached" })
    const { affiliates: approved } = await admin("/admin/affiliates?status=approved&limit=100")
    expect(approved.find((a: Json) => a.name === `نیما ${run}`)).toMatchObject({ status: "approved" })

    await page.getByRole("tab", { name: text.tabs.affiliates }).click()
    await page.getByRole("row").filter({ hasText: `نیما ${run}` }).waitFor()
    await screenshot(page, "en-affiliates")
    await page.getByRole("tab", { name: text.tabs.referrals }).click()
    await page.waitForLoadState("networkidle")
    await screenshot(page, "en-affiliates-referrals")
    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await page.context().close()
  })

  itWithBrowser("edits a market's commission rule on the market's page by clicking", async () => {
    const admin = await adminApi()
    const { saffron } = await demoData(admin)
    await admin("/admin/affiliate-commission-rules", { scope: "market", market_id: saffron.id, type: "percent", value: 10 })

    const { page, problems } = await openAdmin("en")
    const text = strings.en
    await page.goto(`${base}/app/markets/${saffron.id}`)
    const rules = page.getByTestId("market-affiliate-rules")
    await rules.getByRole("heading", { name: text.rules.title }).waitFor()
    const marketRule = rules.locator('tr[data-rule="market"]')
    await marketRule.getByText("10%").waitFor()
    await marketRule.getByRole("button", { name: "Edit" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByLabel(text.rules.percent).fill("۱۲٫۵")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "hidden" })
    await marketRule.getByText("12.5%").waitFor()
    const { rules: saved } = await admin(`/admin/affiliate-commission-rules?market_id=${saffron.id}&scope=market`)
    expect(saved).toHaveLength(1)
    expect(Number(saved[0].value)).toBe(12.5)
    await page.getByTestId("market-affiliate-commissions").getByRole("heading", { name: text.commissions.ofMarket }).waitFor()
    await screenshot(page, "en-market-affiliates")
    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await page.context().close()
  })

  itWithBrowser("approves a flagged commission by clicking; the order page shows its affiliate", async () => {
    const admin = await adminApi()
    const { key, saffron } = await demoData(admin)
    await admin("/admin/affiliate-commission-rules", { scope: "market", market_id: saffron.id, type: "percent", value: 10 })
    // an approved affiliate whose link brings three orders from one IP within the hour: a burst, flagged
    const marketer = await new DemoShopper(base, key).signUp(`marketer-${run}@example.com`, "affiliate-pass-1")
    const { affiliate } = await marketer.post("/store/affiliates", { name: `سارا ${run}` })
    await admin(`/admin/affiliates/${affiliate.id}/approve`, {})
    const code = `ui${run}`
    await marketer.post("/store/affiliates/me/codes", { code })
    const orders: string[] = []
    for (const n of [1, 2, 3]) {
      const shopper = await new DemoShopper(base, key).signUp(`burst-${n}-${run}@example.com`, "affiliate-pass-1")
      const { attribution } = await shopper.post("/store/affiliates/track", { code, landing_path: `/products/saffron-sargol?ref=${code}` })
      const order = await shopper.placeOrder("saffron-sargol", "pp_system_default", (cartId) =>
        shopper.post(`/store/carts/${cartId}/affiliate`, { token: attribution.token })
      )
      orders.push(order.id)
    }
    const flagged = await admin(`/admin/affiliate-commissions?review=flagged&affiliate_id=${affiliate.id}`)
    expect(flagged.commissions.length).toBeGreaterThan(0)

    const { page, problems } = await openAdmin("en")
    const text = strings.en
    await page.goto(`${base}/app/affiliates/commissions`)
    await page.getByRole("heading", { name: text.commissions.title, exact: true }).waitFor()
    const target = flagged.commissions[0].id as string
    const row = page.locator(`tr[data-commission="${target}"]`)
    await row.getByText(text.commissions.reviews.flagged).waitFor()
    await screenshot(page, "en-affiliate-commissions")
    await row.getByRole("button", { name: text.actions.approve }).click()
    await page.getByText(text.commissions.approved).first().waitFor()
    await row.getByText(text.commissions.reviews.cleared).waitFor()
    const { commissions: after } = await admin(`/admin/affiliate-commissions?order_id=${flagged.commissions[0].order_id}`)
    expect(after[0]).toMatchObject({ id: target, review: "cleared" })

    // the market's page lists it among its commissions
    await page.goto(`${base}/app/markets/${saffron.id}`)
    await page.getByTestId("market-affiliate-commissions").locator(`tr[data-commission="${target}"]`).waitFor()

    // the order page: attributed to the code, with its commission
    await page.goto(`${base}/app/orders/${orders[0]}`)
    await page.getByTestId("order-affiliate").getByText(code).waitFor()
    await screenshot(page, "en-order-affiliate")
    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await page.context().close()
  })

  itWithBrowser("lets a market owner sign in and click to the affiliates' sales of their market, in English and Persian", async () => {
    const admin = await adminApi()
    const { key, saffron } = await demoData(admin)
    await admin("/admin/affiliate-commission-rules", { scope: "market", market_id: saffron.id, type: "percent", value: 10 })
    const marketer = await new DemoShopper(base, key).signUp(`owner-view-${run}@example.com`, "affiliate-pass-1")
    const { affiliate } = await marketer.post("/store/affiliates", { name: `رضا ${run}` })
    await admin(`/admin/affiliates/${affiliate.id}/approve`, {})
    const code = `own${run}`
    await marketer.post("/store/affiliates/me/codes", { code })
    const buyer = await new DemoShopper(base, key).signUp(`owner-view-buyer-${run}@example.com`, "affiliate-pass-1")
    const order = await buyer.placeOrder("saffron-sargol", "pp_system_default", (cartId) => buyer.post(`/store/carts/${cartId}/affiliate`, { code }))
    const { commissions } = await admin(`/admin/orders/${order.id}/affiliate`)
    const commission = commissions.find((c: Json) => c.market_id === saffron.id) as { id: string }
    expect(commission).toBeDefined()

    for (const language of ["en", "fa"] as const) {
      const { page, problems } = await openAdmin(language, SAFFRON_OWNER)
      const text = strings[language]
      // the owner's sidebar has no Affiliates page: their market's page holds its affiliates' sales
      await page.locator("nav a[href='/app/markets']:visible").first().click()
      await page.waitForURL(/\/app\/markets$/)
      await page.locator(`a[href$='/markets/${saffron.id}']`).first().click()
      await page.waitForURL(new RegExp(`/app/markets/${saffron.id}$`))
      const sales = page.getByTestId("market-affiliate-commissions")
      await sales.getByRole("heading", { name: text.commissions.ofMarket }).waitFor()
      // the affiliate by name, not id
      await sales.locator(`tr[data-commission="${commission.id}"]`).getByText(`رضا ${run}`).waitFor()
      await page.waitForLoadState("networkidle")
      await screenshot(page, `${language}-owner-market-affiliates`)
      expect(problems.consoleErrors).toEqual([])
      expect(problems.forbidden).toEqual([])
      expect(problems.failedRequests).toEqual([])
      await page.context().close()
    }
  })

  itWithBrowser("shows the affiliates screens in Persian, right to left, with no console error", async () => {
    const { page, problems } = await openAdmin("fa")
    const text = strings.fa
    for (const screen of [
      { name: "affiliates", path: "/app/affiliates", heading: text.title },
      { name: "affiliate-commissions", path: "/app/affiliates/commissions", heading: text.commissions.title },
    ]) {
      await page.goto(`${base}${screen.path}`)
      await page.getByRole("heading", { name: screen.heading, exact: true }).waitFor()
      await page.waitForLoadState("networkidle")
      await screenshot(page, `fa-${screen.name}`)
    }
    await page.goto(`${base}/app/affiliates`)
    await page.getByRole("tab", { name: text.tabs.referrals }).click()
    await page.waitForLoadState("networkidle")
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl")
    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await page.context().close()
  })
})
