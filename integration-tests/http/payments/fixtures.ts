import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminUserSeeder } from "../../../src/seed/admin-user"
import { catalogueSeeder } from "../../../src/seed/catalogue"
import type { SeedContext } from "../../../src/seed/context"
import { fulfillmentSeeder } from "../../../src/seed/fulfillment"
import { paymentsSeeder } from "../../../src/seed/payments"
import { publishableKeySeeder } from "../../../src/seed/publishable-key"
import { regionSeeder } from "../../../src/seed/region"
import { storeSeeder } from "../../../src/seed/store"

/** The part of the demo a checkout needs (store, Iran region with the gateways, shipping, catalogue). */
export async function seedCheckout(container: MedusaContainer): Promise<SeedContext> {
  const context: SeedContext = {
    container,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    categoryIds: {},
    summary: { logins: [], notes: [] },
  }
  for (const seeder of [storeSeeder, regionSeeder, fulfillmentSeeder, publishableKeySeeder, catalogueSeeder, adminUserSeeder, paymentsSeeder]) {
    await seeder.run(context)
  }
  return context
}

export function storeHeaders(publishableKey: string): { headers: Record<string, string> } {
  return { headers: { "x-publishable-api-key": publishableKey } }
}
