import { SmsProviderError } from "./errors"

export type HttpAnswer = { status: number; body: unknown }

export type HttpRequest = {
  provider: string
  url: string
  method?: "GET" | "POST"
  headers?: Record<string, string>
  /** A form body (urlencoded) or a JSON body. */
  form?: Record<string, string>
  json?: unknown
  timeoutMs: number
}

/** Node's fetch wraps network errors; the code that tells "never connected" apart sits in `cause`. */
function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } } | null)?.cause
  return cause?.code ?? (error as { code?: string } | null)?.code
}

/** Errors that prove the request never reached the provider, so a retry cannot send twice. */
const NOT_SENT_CODES = ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET_BEFORE_SEND"]

/**
 * One HTTP call to a provider with a hard timeout. Transport failures become SmsProviderError:
 * `timeout` (the provider may still have sent the message, so never retried) or `unavailable`.
 */
export async function callProvider(request: HttpRequest): Promise<HttpAnswer> {
  const headers: Record<string, string> = { accept: "application/json", ...request.headers }
  let body: string | undefined
  if (request.form) {
    headers["content-type"] = "application/x-www-form-urlencoded; charset=UTF-8"
    body = new URLSearchParams(request.form).toString()
  } else if (request.json !== undefined) {
    headers["content-type"] = "application/json"
    body = JSON.stringify(request.json)
  }
  let response: Response
  try {
    response = await fetch(request.url, {
      method: request.method ?? "POST",
      headers,
      body,
      signal: AbortSignal.timeout(request.timeoutMs),
    })
  } catch (error) {
    const name = (error as { name?: string } | null)?.name
    if (name === "TimeoutError" || name === "AbortError") {
      throw new SmsProviderError({
        kind: "timeout",
        provider: request.provider,
        message: `no answer within ${request.timeoutMs} ms`,
      })
    }
    const code = networkCode(error)
    throw new SmsProviderError({
      kind: "unavailable",
      provider: request.provider,
      message: `cannot reach the provider (${code ?? (error as Error).message})`,
      retryable: code !== undefined && NOT_SENT_CODES.includes(code),
    })
  }
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    // A gateway in front of the provider (nginx, a CDN) answers HTML on outages; the caller maps it.
  }
  return { status: response.status, body: parsed }
}
