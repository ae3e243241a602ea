import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { GatewayProtocolError, GatewayTimeoutError, postToGateway } from "../http"

// What the kit's clients see when a gateway gives no definite answer; the base provider records every
// one of these as `unknown` (never `failed`), so reconciliation inquires.
describe("postToGateway without a definite answer", () => {
  let server: Server
  let url: string
  afterEach(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))))

  async function serve(handler: Parameters<typeof createServer>[1]) {
    server = createServer(handler)
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/verify`
  }
  const post = (timeoutMs = 2_000) => postToGateway("Test verify", url, { headers: {}, body: "{}", timeoutMs })

  it("a refused connection is a protocol error naming the host, not the body", async () => {
    await serve(() => undefined)
    const closedUrl = url
    await new Promise((resolve) => server.close(resolve))
    server = undefined as unknown as Server
    await expect(postToGateway("Test verify", closedUrl, { headers: {}, body: "secret", timeoutMs: 2_000 })).rejects.toThrow(GatewayProtocolError)
    await expect(postToGateway("Test verify", closedUrl, { headers: {}, body: "secret", timeoutMs: 2_000 })).rejects.not.toThrow(/secret/)
  })

  it("a connection reset is a protocol error", async () => {
    await serve((req) => req.socket.destroy())
    await expect(post()).rejects.toThrow(GatewayProtocolError)
  })

  it("no answer in time is a timeout", async () => {
    await serve(() => undefined)
    await expect(post(200)).rejects.toThrow(GatewayTimeoutError)
    server.closeAllConnections()
  })

  it("an HTML 502 is an answer the client must refuse to read as a result", async () => {
    await serve((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html>502 Bad Gateway</html>"))
    await expect(post()).resolves.toEqual({ status: 502, text: "<html>502 Bad Gateway</html>" })
  })
})
