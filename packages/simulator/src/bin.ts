#!/usr/bin/env node
import { startSimulator } from "./index"

/** Whether a simulator already answers on this port (e.g. the one `npm start` runs in-process). */
async function simulatorAnswers(host: string, port: number): Promise<boolean> {
  const health = await fetch(`http://${host}:${port}/__sim/health`, { signal: AbortSignal.timeout(2_000) })
    .then((res) => (res.ok ? (res.json() as Promise<{ status?: string }>) : undefined))
    .catch(() => undefined)
  return health?.status === "ok"
}

async function main() {
  const port = Number(process.env.SIMULATOR_PORT || 9100)
  const host = process.env.SIMULATOR_HOST || "127.0.0.1"
  const simulator = await startSimulator({ port, host, publicUrl: process.env.SIMULATOR_PUBLIC_URL }).catch(async (error: NodeJS.ErrnoException) => {
    if (error?.code !== "EADDRINUSE") {
      throw error
    }
    // `npm start` already runs a simulator on 9100; a second one would only crash. Say where it is.
    if (await simulatorAnswers(host, port)) {
      process.stdout.write(
        `simulator: already running at http://localhost:${port} (npm start runs one); use it, or set SIMULATOR_PORT for another\n`
      )
      process.exit(0)
    }
    throw new Error(`port ${port} is taken by another program; set SIMULATOR_PORT to a free port`)
  })
  process.stdout.write(`simulator: ${simulator.url}\n`)
  const stop = () => void simulator.close().then(() => process.exit(0))
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`simulator failed to start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
