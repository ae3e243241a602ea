import type { SimResponse } from "../core/http"

function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
}

export function html(body: string, status = 200): SimResponse {
  return { status, headers: { "content-type": "text/html; charset=utf-8" }, body }
}

function layout(title: string, content: string, autoSubmit = false): string {
  return (
    `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto}button{margin:.25rem}</style></head>` +
    `<body>${content}${autoSubmit ? `<script>document.forms[0].submit()</script>` : ""}</body></html>`
  )
}

export type BankPageInput = {
  gateway: string
  /** Where the page's buttons post (the simulator's own pay endpoint). */
  action: string
  amountText: string
  reference: string
  hidden: Record<string, string>
}

/**
 * The simulated bank page: the shopper pays, cancels, or has the card refused. Each button posts the
 * form with `action=pay|cancel|card-error`; a test submits it the way a browser would.
 */
export function bankPage(input: BankPageInput): SimResponse {
  const hidden = Object.entries(input.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("")
  return html(
    layout(
      `${input.gateway} (simulator)`,
      `<h1>${escapeHtml(input.gateway)} — درگاه آزمایشی</h1>` +
        `<p>مبلغ: <strong>${escapeHtml(input.amountText)}</strong></p><p>شناسه: ${escapeHtml(input.reference)}</p>` +
        `<form method="post" action="${escapeHtml(input.action)}">${hidden}` +
        `<button type="submit" name="action" value="pay">پرداخت</button>` +
        `<button type="submit" name="action" value="cancel">انصراف</button>` +
        `<button type="submit" name="action" value="card-error">خطای کارت</button>` +
        `</form>`
    )
  )
}

/** The bank's return: an auto-submitted POST form to the shop's callback, as Mellat and Parsian do. */
export function autoPostPage(url: string, fields: Record<string, string>): SimResponse {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("")
  return html(
    layout(
      "بازگشت به فروشگاه",
      `<form method="post" action="${escapeHtml(url)}">${inputs}<noscript><button type="submit">بازگشت به فروشگاه</button></noscript></form>`,
      true
    )
  )
}

/** A page that ends the visit without sending the browser back (the "drop" fault). */
export function deadEndPage(message: string): SimResponse {
  return html(layout("پایان", `<p>${escapeHtml(message)}</p>`))
}

export function errorPage(message: string, status = 400): SimResponse {
  return html(layout("خطا", `<p>${escapeHtml(message)}</p>`), status)
}

/** Fires a return at the shop from the simulator itself (the "duplicate" fault: a second, concurrent return). */
export function sendStrayReturn(url: string, method: "GET" | "POST", fields: Record<string, string>): void {
  const request =
    method === "GET"
      ? fetch(url, { redirect: "manual" })
      : fetch(url, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(fields).toString(),
        })
  request.then((res) => res.text()).catch(() => undefined)
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Card numbers the bank page "uses", masked the way each gateway reports them. */
export const DEMO_CARD = { pan: "6037991234565678", masked: "603799******5678", hash: "3F2E5C1A9B8D7E6F" }
