import { createInventoryLevelsWorkflow, createUserAccountWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createMarketWorkflow, linkMarketProductsWorkflow, MARKET_MODULE } from "@asoud/markets/workflows"
import type { MarketModuleService } from "@asoud/markets/modules/market"
import type { Seeder } from "./context"

const DEMO_STOCK = 100
const OWNER_PASSWORD = process.env.ASOUD_MARKET_OWNER_PASSWORD || "asoud-market"

type DemoMarket = {
  handle: string
  name: string
  description: string
  type: "shop" | "company"
  province: string
  city: string
  address: string
  latitude: number
  longitude: number
  phone: string
  instagram: string
  subdomain: string
  commission_rate: number
  owner: { email: string; first_name: string; last_name: string }
  products: string[]
}

/** Three demo markets, each selling some of the seeded catalogue, each with an owner login. */
export const DEMO_MARKETS: DemoMarket[] = [
  {
    handle: "saffron-house",
    name: "زعفران‌سرای قائنات",
    description: "زعفران، پسته و خرمای مستقیم از باغدار.",
    type: "shop",
    province: "خراسان رضوی",
    city: "مشهد",
    address: "بلوار وکیل‌آباد، پلاک ۲۴",
    latitude: 36.2972,
    longitude: 59.6067,
    phone: "05138000000",
    instagram: "saffron.house",
    subdomain: "saffron",
    commission_rate: 8,
    owner: { email: "saffron@asoud.local", first_name: "رضا", last_name: "قائنی" },
    products: ["saffron-sargol", "pistachio-akbari", "dates-mazafati"],
  },
  {
    handle: "isfahan-crafts",
    name: "صنایع دستی اصفهان",
    description: "قلمکار، میناکاری، خاتم و گز از میدان نقش جهان.",
    type: "company",
    province: "اصفهان",
    city: "اصفهان",
    address: "میدان نقش جهان، بازار قیصریه",
    latitude: 32.6546,
    longitude: 51.668,
    phone: "03132000000",
    instagram: "isfahan.crafts",
    subdomain: "isfahan",
    commission_rate: 10,
    owner: { email: "isfahan@asoud.local", first_name: "مریم", last_name: "اصفهانی" },
    products: ["isfahan-ghalamkar", "minakari-plate", "khatam-box", "isfahan-gaz"],
  },
  {
    handle: "tabriz-bazaar",
    name: "بازار تبریز",
    description: "فرش دستباف و کفش چرم تبریز.",
    type: "shop",
    province: "آذربایجان شرقی",
    city: "تبریز",
    address: "بازار بزرگ تبریز، راسته کفاشان",
    latitude: 38.08,
    longitude: 46.2919,
    phone: "04135000000",
    instagram: "tabriz.bazaar",
    subdomain: "tabriz",
    commission_rate: 12,
    owner: { email: "tabriz@asoud.local", first_name: "علی", last_name: "تبریزی" },
    products: ["tabriz-carpet", "tabriz-leather-shoes"],
  },
]

async function ensureUser(container: MedusaContainer, owner: DemoMarket["owner"]): Promise<string> {
  const [existing] = await container.resolve(Modules.USER).listUsers({ email: owner.email })
  if (existing) {
    return existing.id
  }
  const { success, authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email: owner.email, password: OWNER_PASSWORD },
  })
  if (!success || !authIdentity) {
    throw new Error(`Could not register the demo market owner ${owner.email}: ${error}`)
  }
  const { result } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: owner },
  })
  return result.id
}

/** Stock for the market's products at the market's own location, where its staff manage it. */
async function ensureStock(container: MedusaContainer, productIds: string[], locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
    filters: { product_id: productIds },
  })
  const missing = variants.flatMap((variant) =>
    (variant.inventory_items ?? [])
      .filter((item) => !(item?.inventory?.location_levels ?? []).some((level) => level?.location_id === locationId))
      .map((item) => ({ inventory_item_id: item!.inventory_item_id, location_id: locationId, stocked_quantity: DEMO_STOCK }))
  )
  if (missing.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: missing } })
  }
}

/**
 * Demo markets ship with the platform's post and courier (the Tehran warehouse's shipping options), on
 * the marketplace and on their own storefronts alike: their own sales channel is served by that
 * warehouse too, so a cart on a market's storefront (its key, `x-market` or domain) can be shipped.
 */
async function ensurePlatformShipping(container: MedusaContainer, salesChannelId: string, warehouseId: string | undefined) {
  if (!warehouseId) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: salesChannelId } })
  const served = (data[0]?.stock_locations ?? []).some((location: { id: string } | null) => location?.id === warehouseId)
  if (!served) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: warehouseId, add: [salesChannelId] } })
  }
}

export const marketsSeeder: Seeder = {
  name: "markets",
  run: async (context) => {
    const { container } = context
    const markets = container.resolve<MarketModuleService>(MARKET_MODULE)
    const products = container.resolve(Modules.PRODUCT)
    for (const demo of DEMO_MARKETS) {
      const { owner, products: handles, ...fields } = demo
      const ownerId = await ensureUser(container, owner)
      let [market] = await markets.listMarkets({ handle: demo.handle })
      if (!market) {
        const { result } = await createMarketWorkflow(container).run({
          input: { ...fields, status: "active", owner_user_id: ownerId },
        })
        market = result
      }
      const productIds = (await products.listProducts({ handle: handles }, { select: ["id"] })).map((p) => p.id)
      if (productIds.length) {
        await linkMarketProductsWorkflow(container).run({ input: { market_id: market.id, product_ids: productIds } })
        await ensureStock(container, productIds, market.stock_location_id!)
      }
      await ensurePlatformShipping(container, market.sales_channel_id!, context.stockLocationId)
      context.summary.logins.push({
        role: `market owner (${demo.name})`,
        email: owner.email,
        password: OWNER_PASSWORD,
        note: `x-market: ${demo.handle}`,
      })
    }
    context.summary.notes.push(
      "markets: storefronts by `x-market: <handle>` header or GET /store/markets/<handle>/products; owners see only their market in the admin"
    )
  },
}
