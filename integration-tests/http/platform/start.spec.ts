import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { startPlatform, type RunningPlatform } from "../../helpers/launcher"
import { freePort } from "../../helpers/ports"

// `npm start` as a newcomer runs it: no DATABASE_URL, so an embedded PostgreSQL in its own data
// folder; the production build; the simulator; the demo seed. Three starts share one data folder.
jest.setTimeout(600_000)

const ROOT = join(__dirname, "..", "..", "..")
const dataDir = mkdtempSync(join(tmpdir(), "asoud-start-"))

type Running = RunningPlatform & { port: number; storefrontPort: number }

async function startNewcomerPlatform(): Promise<Running> {
  const port = freePort()
  const storefrontPort = freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SIMULATOR_PORT: String(freePort()),
    STOREFRONT_PORT: String(storefrontPort),
    ASOUD_DATA_DIR: dataDir,
  }
  delete env.STOREFRONT_URLS
  delete env.DATABASE_URL
  delete env.NODE_OPTIONS
  return { ...(await startPlatform(env)), port, storefrontPort }
}

function embeddedPostgresPid(): number | undefined {
  const pidFile = join(dataDir, "postgres", "cluster", "postmaster.pid")
  if (!existsSync(pidFile)) return undefined
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined
  }
}

const line = (output: string, pattern: RegExp) => output.match(pattern)?.[1]

async function productCount(base: string, key: string) {
  const res = await fetch(`${base}/store/products?limit=1&fields=id`, { headers: { "x-publishable-api-key": key } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { count: number }).count
}

afterAll(() => {
  const pid = embeddedPostgresPid()
  if (pid) process.kill(pid, "SIGINT")
  rmSync(dataDir, { recursive: true, force: true })
})

const CHROMIUM = "/usr/bin/chromium"
// Outside CI a machine without Chromium skips the browser check, loudly; CI installs Chromium.
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium && !process.env.CI) {
  process.stderr.write(`admin UI check skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)\n`)
}
const itWithBrowser = hasChromium || process.env.CI ? it : it.skip

describe("npm start on a machine with nothing configured", () => {
  let publishableKey: string
  let platform: Running
  let base: string

  beforeAll(async () => {
    platform = await startNewcomerPlatform()
    base = `http://localhost:${platform.port}`
  })

  it("serves /health, the seeded catalogue with the printed key, and the admin login page; prints the demo login and simulator", async () => {
    const output = platform.output()
    publishableKey = line(output, /publishable key:\s+(pk_[0-9a-f]+)/)!
    expect(publishableKey).toMatch(/^pk_/)
    expect(output).toMatch(/platform admin: admin@asoud\.local \/ \S+/)
    expect(output).toMatch(new RegExp(`admin:\\s+${base}/app`))
    expect(output).toMatch(/^simulator: http:\/\/localhost:\d+$/m)
    expect(output).toMatch(/embedded PostgreSQL listening/)
    // The Persian storefront, first in the banner, on the port it was given.
    expect(line(output, /storefront:\s+(http:\/\/\S+)/)).toBe(`http://localhost:${platform.storefrontPort}`)
    const shop = await fetch(`http://localhost:${platform.storefrontPort}/products`)
    expect(shop.status).toBe(200)
    expect(await shop.text()).toMatch(/<html lang="fa" dir="rtl"/)

    expect((await fetch(`${base}/health`)).status).toBe(200)
    expect(await productCount(base, publishableKey)).toBe(21)
    const app = await fetch(`${base}/app/login`)
    expect(app.status).toBe(200)
    expect(await app.text()).toMatch(/<div id="medusa"/)
  })

  itWithBrowser("lets the demo admin log in to the dashboard in Chromium and use every Asoud admin screen", async () => {
    const { chromium } = await import("playwright-core")
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    })
    const screenshots = join(ROOT, "test-results")
    mkdirSync(screenshots, { recursive: true })
    try {
      const page = await browser.newPage()
      const crashes: string[] = []
      page.on("pageerror", (error) => crashes.push(error.message))
      await page.goto(`${base}/app/login`)
      await page.fill('input[name="email"]', "admin@asoud.local")
      await page.fill('input[name="password"]', "asoud-admin")
      await page.click('button[type="submit"]')
      await page.waitForURL(/\/app\/orders/, { timeout: 60_000 })

      // The dashboard's own session fetches ids, as the screens themselves do.
      const adminGet = (path: string) =>
        page.evaluate(async (url) => (await fetch(url, { credentials: "include" })).json(), path)
      const { products } = await adminGet("/admin/products?handle=saffron-sargol&fields=id")
      const { customers } = await adminGet("/admin/customers?q=colleague@asoud.local&fields=id")

      const screens: { path: string; shows: string; lists?: string }[] = [
        // the browser asks for English, so the dashboard and our bundles speak English
        { path: "/app/settings/store", shows: "Asoud plugins", lists: "@asoud/platform" },
        { path: "/app/markets", shows: "Markets" },
        { path: "/app/pricing-tiers", shows: "Tier applications" },
        { path: "/app/sms", shows: "Message log" },
        { path: "/app/wallets", shows: "Wallets" },
        { path: "/app/wallets/withdrawals", shows: "Withdrawal requests" },
        { path: `/app/products/${products[0].id}`, shows: "Tier prices" },
        { path: `/app/customers/${customers[0].id}`, shows: "Wallet" },
      ]
      for (const screen of screens) {
        await page.goto(`${base}${screen.path}`)
        // A heading, not the sidebar's link of the same name: the screen itself rendered.
        await page.getByRole("heading", { name: screen.shows, exact: true }).first().waitFor({ timeout: 60_000 })
        if (screen.lists) await page.getByText(screen.lists, { exact: true }).first().waitFor()
        await page.screenshot({ path: join(screenshots, `admin${screen.path.replace(/\//g, "-")}.png`), fullPage: true })
      }
      expect(crashes).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it("stops the server, the storefront and the embedded PostgreSQL on Ctrl-C", async () => {
    expect(await platform.stop()).not.toBe(null)
    expect(embeddedPostgresPid()).toBeUndefined()
    await expect(fetch(`${base}/health`)).rejects.toThrow()
    await expect(fetch(`http://localhost:${platform.storefrontPort}/health`)).rejects.toThrow()
  })

  it("keeps its data across a restart and seeds nothing twice", async () => {
    const restarted = await startNewcomerPlatform()
    expect(line(restarted.output(), /publishable key:\s+(pk_[0-9a-f]+)/)).toBe(publishableKey)
    expect(await productCount(`http://localhost:${restarted.port}`, publishableKey)).toBe(21)
    await restarted.stop()
  })

  it("detects and stops the PostgreSQL and server a killed run left behind, then starts normally", async () => {
    const killed = await startNewcomerPlatform()
    const { storefront: orphanStorefront } = JSON.parse(readFileSync(join(dataDir, "platform-run.json"), "utf8"))
    await killed.stop("SIGKILL")
    const stale = embeddedPostgresPid()
    expect(stale).toBeDefined()
    const orphanHealth = `http://localhost:${killed.port}/health`
    expect((await fetch(orphanHealth)).status).toBe(200)

    const recovered = await startNewcomerPlatform()
    expect(recovered.output()).toMatch(/stopping the Medusa server \(pid \d+\) of an earlier run that was killed/)
    expect(recovered.output()).toMatch(new RegExp(`PostgreSQL \\(pid ${stale}\\) left running`))
    expect(recovered.output()).toContain(`stopping the storefront (pid ${orphanStorefront}) of an earlier run that was killed`)
    await expect(fetch(orphanHealth)).rejects.toThrow()
    await expect(fetch(`http://localhost:${killed.storefrontPort}/health`)).rejects.toThrow()
    expect(await productCount(`http://localhost:${recovered.port}`, publishableKey)).toBe(21)
    await recovered.stop()
  })
})
