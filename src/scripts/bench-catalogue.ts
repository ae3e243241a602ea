import type { ExecArgs } from "@medusajs/framework/types"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { STOREFRONT } from "../seed/demo-data"

const BATCH = 50

/**
 * `medusa exec ./src/scripts/bench-catalogue.js`: adds BENCH_PRODUCTS (default 500) generated
 * products with two variants each to the demo storefront, for `npm run bench`. Inventory is not
 * managed so the cart routes can add items without running out of stock mid-benchmark.
 */
export default async function generateBenchCatalogue({ container }: ExecArgs) {
  const target = Number(process.env.BENCH_PRODUCTS || 500)
  const products = container.resolve(Modules.PRODUCT)
  const [, existing] = await products.listAndCountProducts({ handle: { $like: "bench-%" } }, { take: 1 })
  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: STOREFRONT.salesChannelName })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!salesChannel || !profile) {
    throw new Error("run the demo seed before generating the bench catalogue")
  }
  for (let start = existing; start < target; start += BATCH) {
    const count = Math.min(BATCH, target - start)
    await createProductsWorkflow(container).run({
      input: {
        products: Array.from({ length: count }, (_, i) => {
          const n = start + i + 1
          return {
            title: `محصول آزمایشی ${n}`,
            handle: `bench-${n}`,
            status: ProductStatus.PUBLISHED,
            shipping_profile_id: profile.id,
            sales_channels: [{ id: salesChannel.id }],
            options: [{ title: "اندازه", values: ["کوچک", "بزرگ"] }],
            variants: ["کوچک", "بزرگ"].map((size, v) => ({
              title: size,
              sku: `BENCH-${n}-${v + 1}`,
              manage_inventory: false,
              options: { "اندازه": size },
              prices: [{ currency_code: "irr", amount: 1_000_000 * (n % 97) + 500_000 * (v + 1) }],
            })),
          }
        }),
      },
    })
  }
  process.stdout.write(`BENCH_CATALOGUE ${Math.max(existing, target)}\n`)
}
