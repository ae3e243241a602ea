/** The request the bank sends the browser back with. */
export type BankReturn = { method: "GET" | "POST"; url: string; fields: Record<string, string> }
export type BankChoice = "pay" | "cancel" | "card-error"
export type Redirect = { method: "GET" | "POST"; url: string; fields: Record<string, string> }

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")
}

/** The first form on an HTML page: its method, action and hidden fields. */
export function readForm(html: string): { action: string; method: "GET" | "POST"; fields: Record<string, string> } {
  const form = /<form[^>]*method="(\w+)"[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html)
  if (!form) {
    throw new Error(`no form on the page: ${html.slice(0, 300)}`)
  }
  const fields: Record<string, string> = {}
  for (const input of form[3].matchAll(/<input[^>]*name="([^"]*)"[^>]*value="([^"]*)"[^>]*>/gi)) {
    fields[decode(input[1])] = decode(input[2])
  }
  return { method: form[1].toUpperCase() as "GET" | "POST", action: decode(form[2]), fields }
}

async function visit(url: string, method: "GET" | "POST", fields: Record<string, string>) {
  const res = await fetch(url, {
    method,
    redirect: "manual",
    ...(method === "POST"
      ? { headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() }
      : {}),
  })
  const location = res.headers.get("location")
  return { status: res.status, location: location ? new URL(location, url).toString() : undefined, html: await res.text() }
}

/**
 * A browser on the Asoud simulator's bank pages (any gateway whose page is a form with pay/cancel/
 * card-error buttons): follows the redirect, presses a button, and captures the return without sending it.
 */
export async function payOnSimulatedBank(redirect: Redirect, choice: BankChoice): Promise<BankReturn> {
  const bank = await visit(redirect.url, redirect.method, redirect.fields)
  if (bank.status !== 200) {
    throw new Error(`bank page answered ${bank.status}`)
  }
  const form = readForm(bank.html)
  const after = await visit(form.action, "POST", { ...form.fields, action: choice })
  if (after.status === 302 || after.status === 303) {
    return { method: "GET", url: after.location!, fields: {} }
  }
  const back = readForm(after.html)
  return { method: back.method, url: back.action, fields: back.fields }
}

/** The return as the kit's route hands it to the provider: query string and form body. */
export function toRawReturn(ret: BankReturn): { query: Record<string, string>; body: Record<string, string> } {
  return { query: Object.fromEntries(new URL(ret.url).searchParams), body: ret.method === "POST" ? ret.fields : {} }
}
