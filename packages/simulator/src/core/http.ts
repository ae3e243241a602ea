import type { IncomingMessage, ServerResponse } from "node:http"

export type SimRequest = {
  method: string
  path: string
  query: URLSearchParams
  params: Record<string, string>
  headers: IncomingMessage["headers"]
  rawBody: string
  /** Parsed body: JSON object, urlencoded form fields, or undefined for other content types. */
  body: Record<string, unknown> | undefined
}

export type SimResponse = {
  status?: number
  headers?: Record<string, string>
  body?: string | object
  /** Drop the connection without any answer (a `reset` fault). */
  reset?: boolean
}

export type SimHandler = (req: SimRequest) => Promise<SimResponse> | SimResponse

type Route = { method: string; pattern: RegExp; keys: string[]; handler: SimHandler }

function compile(path: string): { pattern: RegExp; keys: string[] } {
  const keys: string[] = []
  const source = path
    .split("/")
    .map((segment) => {
      if (segment.startsWith(":")) {
        keys.push(segment.slice(1))
        return "([^/]+)"
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    })
    .join("/")
  return { pattern: new RegExp(`^${source}/?$`, "i"), keys }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> | undefined {
  if (!raw) {
    return undefined
  }
  if (contentType?.includes("application/json")) {
    return JSON.parse(raw) as Record<string, unknown>
  }
  if (contentType?.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(raw))
  }
  return undefined
}

/** A tiny router: the simulator needs exact paths and raw bodies (SOAP), not a framework. */
export class Router {
  private routes: Route[] = []

  on(method: string, path: string, handler: SimHandler): void {
    this.routes.push({ method: method.toUpperCase(), ...compile(path), handler })
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://simulator.local")
    const chunks: Buffer[] = []
    for await (const chunk of req) {
      chunks.push(chunk as Buffer)
    }
    const rawBody = Buffer.concat(chunks).toString("utf8")
    const method = (req.method ?? "GET").toUpperCase()

    for (const route of this.routes) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null
      if (!match) {
        continue
      }
      const params = Object.fromEntries(route.keys.map((key, i) => [key, decodeURIComponent(match[i + 1])]))
      let result: SimResponse
      try {
        const body = parseBody(rawBody, req.headers["content-type"])
        result = await route.handler({ method, path: url.pathname, query: url.searchParams, params, headers: req.headers, rawBody, body })
      } catch (error) {
        result = { status: 500, body: { error: error instanceof Error ? error.message : String(error) } }
      }
      send(res, result)
      return
    }
    send(res, { status: 404, body: { error: `no simulated endpoint for ${method} ${url.pathname}` } })
  }
}

function send(res: ServerResponse, result: SimResponse): void {
  if (result.reset) {
    res.socket?.resetAndDestroy?.() ?? res.socket?.destroy()
    return
  }
  const isText = typeof result.body === "string"
  const headers = {
    "content-type": isText ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
    ...result.headers,
  }
  res.writeHead(result.status ?? 200, headers)
  res.end(result.body === undefined ? "" : isText ? result.body : JSON.stringify(result.body))
}
