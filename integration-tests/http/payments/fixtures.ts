import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
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

/** The first item of a cart, as the inventory knows it: its inventory item and stock levels. */
export async function cartStock(container: MedusaContainer, cartId: string) {
  const { data: carts } = await container.resolve("query").graph({ entity: "cart", fields: ["items.variant.inventory_items.inventory_item_id"], filters: { id: cartId } })
  const inventoryItemId = carts[0].items![0]!.variant!.inventory_items![0]!.inventory_item_id
  const inventory = container.resolve(Modules.INVENTORY)
  return { inventoryItemId, levels: await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId }) }
}

/** Another shopper took the last units of the cart's first item (a merchant's stock update says so). */
export async function sellOut(container: MedusaContainer, cartId: string) {
  const { inventoryItemId, levels } = await cartStock(container, cartId)
  await container
    .resolve(Modules.INVENTORY)
    .updateInventoryLevels(levels.map((level) => ({ inventory_item_id: inventoryItemId, location_id: level.location_id, stocked_quantity: 0 })))
}
