import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { PRODUCT_MARKET_FIELDS } from "./markets"
import { getSdk } from "./sdk"
import { publicSdk } from "./scope"

const REGION_TTL_MS = 5 * 60_000
let regionCache: { at: number; region: HttpTypes.StoreRegion } | undefined

/** The Iran region (IRR): prices, taxes and payment providers are per region. */
export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  if (regionCache && Date.now() - regionCache.at < REGION_TTL_MS) return regionCache.region
  const { regions } = await publicSdk().store.region.list({ fields: "id,name,currency_code,*countries" })
  const region = regions.find((r) => r.currency_code === "irr") ?? regions[0]
  if (!region) throw new Error("The store has no region: run the platform's seed (npm start does)")
  regionCache = { at: Date.now(), region }
  return region
}

/** The logged-in customer, or null (no token, or an expired one). */
export const getCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  const sdk = await getSdk()
  if (!(await sdk.client.getToken())) return null
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: "id,email,phone,first_name,last_name,has_account,*groups" })
    return customer
  } catch {
    return null
  }
})

const CATEGORIES_TTL_MS = 60_000
let categoriesCache: { at: number; categories: HttpTypes.StoreProductCategory[] } | undefined

/** The categories, kept a minute: every catalogue page shows them, so they cost no call per page. */
export async function listCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  if (categoriesCache && Date.now() - categoriesCache.at < CATEGORIES_TTL_MS) return categoriesCache.categories
  const { product_categories } = await publicSdk().store.category.list({ fields: "id,name,handle,description", limit: 100 })
  categoriesCache = { at: Date.now(), categories: product_categories }
  return product_categories
}

/** What a product card and the catalogue show: prices for this shopper (their tier when logged in) and who sells it. */
export const PRODUCT_CARD_FIELDS = `id,title,handle,thumbnail,*variants.calculated_price,variants.id,${PRODUCT_MARKET_FIELDS}`

export type CatalogueQuery = { category_id?: string; q?: string; offset?: number; limit?: number }

export async function listProducts(query: CatalogueQuery) {
  const sdk = await getSdk()
  const region = await getRegion()
  return sdk.store.product.list({
    region_id: region.id,
    fields: PRODUCT_CARD_FIELDS,
    limit: query.limit ?? 12,
    offset: query.offset ?? 0,
    ...(query.category_id ? { category_id: query.category_id } : {}),
    ...(query.q ? { q: query.q } : {}),
  })
}

/** A product card's price: the cheapest variant's calculated price for this shopper. */
export function cheapestPrice(product: HttpTypes.StoreProduct): { amount: number; original: number | null } | undefined {
  let best: { amount: number; original: number | null } | undefined
  for (const variant of product.variants ?? []) {
    const price = variant.calculated_price
    if (price?.calculated_amount === undefined || price.calculated_amount === null) continue
    const amount = Number(price.calculated_amount)
    if (!best || amount < best.amount) {
      const original = price.original_amount === null || price.original_amount === undefined ? null : Number(price.original_amount)
      best = { amount, original: original !== null && original > amount ? original : null }
    }
  }
  return best
}
