/** The gateway did not answer within the timeout: the call may or may not have taken effect. */
export class GatewayTimeoutError extends Error {
  constructor(readonly operation: string, readonly timeoutMs: number) {
    super(`${operation}: no answer from the gateway within ${timeoutMs} ms`)
    this.name = "GatewayTimeoutError"
  }
}

/** The gateway answered something we cannot read (HTTP error page, broken XML, network failure). */
export class GatewayProtocolError extends Error {
  constructor(readonly operation: string, detail: string) {
    super(`${operation}: ${detail}`)
    this.name = "GatewayProtocolError"
  }
}

export type GatewayHttpResponse = { status: number; text: string }

/**
 * One HTTP call to a gateway with a hard timeout. Bodies are never logged or put in errors: they hold
 * merchant credentials.
 */
export async function postToGateway(
  operation: string,
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number }
): Promise<GatewayHttpResponse> {
  let response: Response
  try {
    response = await fetch(url, {
      method: "POST",
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs),
    })
  } catch (error) {
    const name = (error as { name?: string })?.name
    if (name === "TimeoutError" || name === "AbortError") {
      throw new GatewayTimeoutError(operation, init.timeoutMs)
    }
    throw new GatewayProtocolError(operation, `could not reach ${new URL(url).origin}`)
  }
  try {
    return { status: response.status, text: await response.text() }
  } catch (error) {
    const name = (error as { name?: string })?.name
    if (name === "TimeoutError" || name === "AbortError") {
      throw new GatewayTimeoutError(operation, init.timeoutMs)
    }
    throw new GatewayProtocolError(operation, "the answer was cut off")
  }
}
