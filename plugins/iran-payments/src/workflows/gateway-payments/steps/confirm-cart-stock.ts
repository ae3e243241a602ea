import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { confirmVariantInventoryWorkflow } from "@medusajs/medusa/core-flows"

const LEVEL = "items.variant.inventory_items.inventory.location_levels"
const CART_STOCK_FIELDS = [
  "id",
  "sales_channel_id",
  "items.variant_id",
  "items.quantity",
  "items.variant.id",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.requires_shipping",
  `${LEVEL}.stocked_quantity`,
  `${LEVEL}.reserved_quantity`,
  `${LEVEL}.raw_stocked_quantity`,
  `${LEVEL}.raw_reserved_quantity`,
  `${LEVEL}.location_id`,
  `${LEVEL}.stock_locations.id`,
  `${LEVEL}.stock_locations.name`,
  `${LEVEL}.stock_locations.sales_channels.id`,
  `${LEVEL}.stock_locations.sales_channels.name`,
]

type CartStock = {
  sales_channel_id: string | null
  items?: ({ variant_id: string | null; quantity: number; variant?: { id: string } | null } | null)[] | null
}

/**
 * Whether the cart's items are still in stock at its sales channel, with Medusa's own check (the one
 * that guards adding to the cart). Asked before completing a paid cart: Medusa's completion reserves
 * stock only after it created the order, in a parallel group whose failure is rolled back by
 * compensation; refusing first keeps the common "sold out while the shopper was at the bank" case on
 * the plain refusal path. The answer is the reason the order cannot be placed, or undefined.
 */
export async function cartOutOfStock(container: MedusaContainer, cartId: string): Promise<string | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: CART_STOCK_FIELDS, filters: { id: cartId } })
  const cart = data[0] as unknown as CartStock | undefined
  const items = (cart?.items ?? []).filter((item): item is NonNullable<typeof item> => !!item?.variant_id && !!item.variant)
  if (!cart?.sales_channel_id || !items.length) {
    return undefined
  }
  const variants = [...new Map(items.map((item) => [item.variant!.id, item.variant!])).values()]
  const { errors } = await confirmVariantInventoryWorkflow(container).run({
    input: {
      sales_channel_id: cart.sales_channel_id,
      variants: variants as never,
      items: items.map((item) => ({ variant_id: item.variant_id!, quantity: item.quantity })),
    },
    throwOnError: false,
  })
  return errors?.length ? (errors[0].error as { message?: string })?.message ?? "an item is out of stock" : undefined
}
