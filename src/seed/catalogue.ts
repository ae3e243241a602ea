import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { requireSeeded, type SeedContext, type Seeder } from "./context"
import { CATEGORIES, IRAN, PRODUCTS, type DemoProduct } from "./demo-data"
import { expandVariants } from "./variants"

const DEMO_STOCK = 100

async function seedCategories(context: SeedContext) {
  const categories = context.container.resolve(Modules.PRODUCT)
  const existing = await categories.listProductCategories({ handle: CATEGORIES.map((c) => c.handle) })
  const missing = CATEGORIES.filter((category) => !existing.some((e) => e.handle === category.handle))
  let created: { id: string; handle: string }[] = []
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(context.container).run({
      input: { product_categories: missing.map((c) => ({ ...c, is_active: true })) },
    })
    created = result
  }
  for (const category of [...existing, ...created]) {
    context.categoryIds[category.handle] = category.id
  }
}

function toProductInput(product: DemoProduct, context: SeedContext): CreateProductWorkflowInputDTO {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    weight: product.weight,
    shipping_profile_id: requireSeeded(context.shippingProfileId, "the shipping profile"),
    category_ids: [requireSeeded(context.categoryIds[product.category], `category ${product.category}`)],
    sales_channels: [{ id: requireSeeded(context.salesChannelId, "the sales channel") }],
    options: product.options.map((option) => ({ title: option.title, values: option.values })),
    variants: expandVariants(product).map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      options: variant.options,
      manage_inventory: true,
      prices: [{ currency_code: IRAN.currencyCode, amount: variant.price }],
    })),
  }
}

/** Five categories and twenty Persian products with variants, IRR prices and stock in the warehouse. */
export const catalogueSeeder: Seeder = {
  name: "catalogue",
  run: async (context) => {
    const { container } = context
    await seedCategories(context)

    const products = container.resolve(Modules.PRODUCT)
    const existing = await products.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })
    const missing = PRODUCTS.filter((product) => !existing.some((e) => e.handle === product.handle))
    if (!missing.length) {
      return
    }
    const { result } = await createProductsWorkflow(container).run({
      input: { products: missing.map((product) => toProductInput(product, context)) },
    })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { product_id: result.map((product) => product.id) },
    })
    const stockLocationId = requireSeeded(context.stockLocationId, "the stock location")
    const inventoryLevels = variants.flatMap((variant) =>
      (variant.inventory_items ?? []).map((item) => ({
        inventory_item_id: item!.inventory_item_id,
        location_id: stockLocationId,
        stocked_quantity: DEMO_STOCK,
      }))
    )
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: inventoryLevels } })
    context.logger.info(`seed: ${result.length} demo products created`)
  },
}
