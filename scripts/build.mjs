// @ts-check
// npm run build: every workspace (dependencies first), then the platform (server + admin).
// --workspaces-only stops after the workspaces; --changed builds only what is out of date;
// --no-apps leaves out the apps (the Next.js storefront).
import { loadEnvironment, log } from "./lib/env.mjs"
import { buildApp, buildWorkspaces, listWorkspaces } from "./lib/workspaces.mjs"

loadEnvironment()
const args = new Set(process.argv.slice(2))
const force = !args.has("--changed")

try {
  const skip = args.has("--no-apps") ? listWorkspaces().filter((w) => w.isApp).map((w) => w.name) : []
  await buildWorkspaces({ force, skip })
  if (!args.has("--workspaces-only")) {
    await buildApp({ force })
  }
  log("build complete")
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`)
  process.exit(1)
}
