import { readForm } from "@asoud/iran-payments/conformance"

export type Redirect = { method: "GET" | "POST"; url: string; fields: Record<string, string> }

export type Page = { status: number; url: string; location?: string; html: string }

/** What a browser with no cookies does for one request, without following redirects. */
export async function visit(url: string, method: "GET" | "POST" = "GET", fields: Record<string, string> = {}): Promise<Page> {
  const res = await fetch(url, {
    method,
    redirect: "manual",
    ...(method === "POST"
      ? { headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() }
      : {}),
  })
  const location = res.headers.get("location") ?? undefined
  return { status: res.status, url, location: location ? new URL(location, url).toString() : undefined, html: await res.text() }
}

// The conformance kit reads bank pages the same way; one parser serves both.
export { readForm }

export type BankChoice = "pay" | "cancel" | "card-error"

/**
 * Follows the payment session's redirect to the bank page, presses a button, and follows the bank's
 * return (a 302 for GET gateways, an auto-submitted form for POST ones) up to the request that reaches
 * our callback. Returns that callback request, not yet sent, so a test can send, replay or race it.
 */
export async function payOnBank(redirect: Redirect, choice: BankChoice): Promise<{ method: "GET" | "POST"; url: string; fields: Record<string, string>; pages: string[] }> {
  const bank = redirect.method === "GET" ? await visit(redirect.url) : await visit(redirect.url, "POST", redirect.fields)
  const pages = [bank.html]
  if (bank.status !== 200) {
    throw new Error(`bank page answered ${bank.status}: ${bank.html.slice(0, 300)}`)
  }
  const form = readForm(bank.html)
  const after = await visit(form.action, "POST", { ...form.fields, action: choice })
  pages.push(after.html)
  if (after.status === 302 || after.status === 303) {
    return { method: "GET", url: after.location!, fields: {}, pages }
  }
  const back = readForm(after.html)
  return { method: back.method, url: back.action, fields: back.fields, pages }
}

/** Sends the bank's return to our callback and reads where we send the browser next. */
export async function sendReturn(ret: { method: "GET" | "POST"; url: string; fields: Record<string, string> }): Promise<{ status: number; location: URL }> {
  const page = await visit(ret.url, ret.method, ret.fields)
  if (!page.location) {
    throw new Error(`callback answered ${page.status} without a redirect: ${page.html.slice(0, 300)}`)
  }
  return { status: page.status, location: new URL(page.location) }
}
