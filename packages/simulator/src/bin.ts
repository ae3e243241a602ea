#!/usr/bin/env node
import { startSimulator } from "./index"

async function main() {
  const simulator = await startSimulator({
    port: Number(process.env.SIMULATOR_PORT || 9100),
    host: process.env.SIMULATOR_HOST || "127.0.0.1",
    publicUrl: process.env.SIMULATOR_PUBLIC_URL,
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
