import type { MedusaContainer } from "@medusajs/framework/types"
import { runSeeders } from "../../src/seed"
import type { SeedContext } from "../../src/seed/context"

/**
 * Seeds the same demo `npm start` seeds. The HTTP runner restores the database between tests, so
 * call it in `beforeEach`.
 */
export async function seedDemo(container: MedusaContainer): Promise<SeedContext> {
  return runSeeders(container)
}

export function storeHeaders(publishableKey: string): { headers: Record<string, string> } {
  return { headers: { "x-publishable-api-key": publishableKey } }
}
