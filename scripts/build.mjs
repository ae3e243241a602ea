// @ts-check
// npm run build: every workspace (dependencies first), then the platform (server + admin).
// --workspaces-only stops after the workspaces; --changed builds only what is out of date.
import { loadEnvironment, log } from "./lib/env.mjs"
import { buildApp, buildWorkspaces } from "./lib/workspaces.mjs"

loadEnvironment()
const args = new Set(process.argv.slice(2))
const force = !args.has("--changed")

try {
  await buildWorkspaces({ force })
  if (!args.has("--workspaces-only")) {
    await buildApp({ force })
  }
  log("build complete")
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`)
  process.exit(1)
}
