import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { startPlatform } from "./launcher"
import { freePort } from "./ports"

export const ROOT = join(__dirname, "..", "..")
export const CHROMIUM = "/usr/bin/chromium"
/** Screenshots land here (git-ignored). */
export const SCREENSHOTS = join(ROOT, "test-results")

/** Debian's Chromium, headless, offline (the flags the team agreed on; never a downloaded browser). */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core")
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
}

/** Outside CI a machine without Chromium skips browser tests, loudly; CI installs Chromium. */
export function browserTestsEnabled(what: string): boolean {
  const enabled = existsSync(CHROMIUM) || !!process.env.CI
  if (!enabled) process.stderr.write(`${what} skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)\n`)
  return enabled
}

/** An admin browser session in one language: Medusa's dashboard reads the `lng` cookie first. */
export async function adminContext(browser: Browser, base: string, language: "en" | "fa"): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: language === "fa" ? "fa-IR" : "en-US" })
  await context.addCookies([{ name: "lng", value: language, url: base }])
  // Medusa's dashboard draws country flags from jsDelivr (lipis/flag-icons) next to addresses; the test
  // machine is offline, and a failed image load is a console error. A blank flag stands in for the CDN.
  await context.route("https://cdn.jsdelivr.net/**", (route) =>
    route.fulfill({ status: 200, contentType: "image/svg+xml", body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>' })
  )
  return context
}

/**
 * One known warning of Medusa's own dashboard (2.21), not ours: the order page's summary puts a
 * tooltip (`<div>`) inside a text `<p>` on a cost line (React's validateDOMNesting, in the order-detail
 * chunk). It appears on every order page, the platform admin's too; anything else still counts.
 */
function isMedusaOrderSummaryNesting(text: string): boolean {
  return text.startsWith("Warning: validateDOMNesting(...)") && /<div> p\s/.test(text) && /\/order-detail-[^/]+\.js/.test(text)
}

/**
 * Medusa's own modals (2.21) with no dialog title, which Radix warns about: the stock-level modal on an
 * inventory item (`/inventory/:id/locations/:location_id`) and the order's fulfilment and shipment
 * forms (`/orders/:id/fulfillment`, `/orders/:id/:fulfillment_id/create-shipment`).
 */
const MEDUSA_UNTITLED_MODALS = [
  /\/app\/inventory\/[^/]+\/locations\/[^/]+$/,
  /\/app\/orders\/[^/]+\/fulfillment$/,
  /\/app\/orders\/[^/]+\/[^/]+\/create-shipment$/,
]
function isMedusaModalTitle(url: string, text: string): boolean {
  const path = new URL(url).pathname
  return MEDUSA_UNTITLED_MODALS.some((page) => page.test(path)) && text.startsWith("`DialogContent` requires a `DialogTitle`")
}

export type PageProblems = { consoleErrors: string[]; failedRequests: string[]; forbidden: string[] }

/**
 * Records what a user would call a broken screen: console errors, uncaught exceptions, and admin API
 * answers of 4xx/5xx (the 403s of a route a member may not use among them).
 */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], forbidden: [] }
  page.on("console", (message) => {
    const text = message.text()
    if (message.type() !== "error" || isMedusaOrderSummaryNesting(text) || isMedusaModalTitle(page.url(), text)) return
    problems.consoleErrors.push(`${page.url()}: ${text}`)
  })
  page.on("pageerror", (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`))
  page.on("response", (response) => {
    const url = new URL(response.url())
    if (!/^\/(admin|auth)\//.test(url.pathname) || response.status() < 400) return
    const line = `${response.request().method()} ${url.pathname}${url.search} → ${response.status()} (on ${page.url()})`
    problems.failedRequests.push(line)
    if (response.status() === 403) problems.forbidden.push(line)
  })
  return problems
}

/** Empties the recorded problems (after a step that is expected to produce some, e.g. a bad login). */
export function clearProblems(problems: PageProblems) {
  problems.consoleErrors.length = 0
  problems.failedRequests.length = 0
  problems.forbidden.length = 0
}

/**
 * The whole screen: the dashboard scrolls inside its own container, so the viewport grows to fit it
 * for the picture (up to 5,000 px) and shrinks back after.
 */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const size = page.viewportSize()
  const overflow = await page.evaluate(() =>
    Math.max(
      0,
      ...Array.from(document.querySelectorAll("*"))
        .filter((element) => ["auto", "scroll"].includes(getComputedStyle(element).overflowY))
        .map((element) => element.scrollHeight - element.clientHeight)
    )
  )
  if (size && overflow > 0) await page.setViewportSize({ width: size.width, height: Math.min(5000, size.height + overflow) })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
  if (size && overflow > 0) await page.setViewportSize(size)
}

export type RunningDemo = { base: string; output: () => string; stop: () => Promise<void> }

/**
 * `npm start` as a user runs it from a shell: no NODE_ENV (jest sets "test", which would hide
 * production's cookie rules), an embedded PostgreSQL in its own data folder, the simulator.
 */
export async function startDemo(): Promise<RunningDemo> {
  const dataDir = mkdtempSync(join(tmpdir(), "asoud-admin-ui-"))
  const port = freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SIMULATOR_PORT: String(freePort()), ASOUD_DATA_DIR: dataDir }
  for (const name of ["NODE_ENV", "DATABASE_URL", "NODE_OPTIONS", "COOKIE_SECURE", "REDIS_URL"]) delete env[name]
  const platform = await startPlatform(env)
  return {
    base: `http://localhost:${port}`,
    output: platform.output,
    stop: async () => {
      await platform.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The demo an admin suite drives: the one already running at ASOUD_ADMIN_UI_URL when that is set
 * (left running afterwards), else a fresh `npm start` that `stop` ends.
 */
export async function adminDemo(): Promise<Pick<RunningDemo, "base" | "stop">> {
  const running = process.env.ASOUD_ADMIN_UI_URL
  if (running) return { base: running.replace(/\/$/, ""), stop: async () => {} }
  return startDemo()
}
