import type { ExecArgs } from "@medusajs/framework/types"
import { formatDemoSummary, runSeeders } from "../seed"

/** `medusa exec ./src/scripts/seed.ts`: seeds the demo, idempotently, and prints its logins and key. */
export default async function seedDemo({ container }: ExecArgs) {
  const { summary } = await runSeeders(container)
  // The launcher reads this line to print the demo's logins and publishable key.
  process.stdout.write(`${formatDemoSummary(summary)}\n`)
}
