import { execFile } from "node:child_process"
import { createServer } from "node:net"
import { join } from "node:path"
import { startSimulator, type Simulator } from "../index"

// `npm run simulator` beside `npm start` (which runs one on 9100): no EADDRINUSE crash. The built bin
// is what `npm run simulator` runs (`npm test` builds stale workspaces first).
const BIN = join(__dirname, "..", "..", "dist", "bin.js")

function runBin(port: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN],
      { env: { ...process.env, SIMULATOR_PORT: String(port) }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: stdout + stderr })
    )
  })
}

describe("npm run simulator", () => {
  let simulator: Simulator | undefined
  afterEach(async () => {
    const started = simulator
    simulator = undefined
    await started?.close()
  })

  it("says a simulator is already running on its port instead of crashing", async () => {
    const running = (simulator = await startSimulator({ port: 0 }))
    const port = Number(new URL(running.url).port)
    const { code, output } = await runBin(port)
    expect(output).toContain(`simulator: already running at http://localhost:${port}`)
    expect(output).not.toContain("EADDRINUSE")
    expect(code).toBe(0)
  })

  it("names a port taken by another program", async () => {
    const other = createServer()
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve))
    const port = (other.address() as { port: number }).port
    try {
      const { code, output } = await runBin(port)
      expect(output).toContain(`port ${port} is taken by another program; set SIMULATOR_PORT`)
      expect(code).toBe(1)
    } finally {
      other.close()
    }
  })

  it("rejects (not crashes) when startSimulator's port is taken", async () => {
    const running = (simulator = await startSimulator({ port: 0 }))
    await expect(startSimulator({ port: Number(new URL(running.url).port) })).rejects.toMatchObject({ code: "EADDRINUSE" })
  })
})
