import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminUserSeeder } from "./admin-user"
import { catalogueSeeder } from "./catalogue"
import { pricingTiersSeeder } from "./pricing-tiers"
import type { DemoSummary, SeedContext, Seeder } from "./context"
import { fulfillmentSeeder } from "./fulfillment"
import { paymentsSeeder } from "./payments"
import { marketsSeeder } from "./markets"
import { publishableKeySeeder } from "./publishable-key"
import { regionSeeder } from "./region"
import { storeSeeder } from "./store"
import { walletSeeder } from "./wallet"
import { smsSeeder } from "./sms"

/**
 * The demo, in order. A later feature adds its own seeder file and appends it here; every seeder is
 * idempotent, so existing installs pick up new demo data on their next start.
 */
export const seeders: Seeder[] = [
  storeSeeder,
  regionSeeder,
  fulfillmentSeeder,
  publishableKeySeeder,
  catalogueSeeder,
  adminUserSeeder,
  paymentsSeeder,
  pricingTiersSeeder,
  marketsSeeder,
  walletSeeder,
  smsSeeder,
]

export async function runSeeders(container: MedusaContainer, only = seeders): Promise<SeedContext> {
  const context: SeedContext = {
    container,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    categoryIds: {},
    summary: { logins: [], notes: [] },
  }
  for (const seeder of only) {
    await seeder.run(context)
  }
  return context
}

export function formatDemoSummary(summary: DemoSummary): string {
  return `ASOUD_DEMO ${JSON.stringify(summary)}`
}
