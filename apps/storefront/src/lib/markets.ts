import type { MarketRef } from "./grouping"
import { publicSdk } from "./scope"

/** The product fields that name a product's market (allowed on store product routes by @asoud/markets). */
export const PRODUCT_MARKET_FIELDS = "market.id,market.handle,market.name"

type ProductWithMarket = { id: string; market?: MarketRef | null; shipping_profile?: { id: string } | null }

export type ProductPlacement = { market?: MarketRef; shippingProfileId?: string }

/** Which market sells each product and which shipping profile it ships with: one store API call. */
export async function productPlacements(productIds: string[]): Promise<Map<string, ProductPlacement>> {
  const ids = [...new Set(productIds)]
  const found = new Map<string, ProductPlacement>()
  if (!ids.length) return found
  const { products } = await publicSdk().store.product.list({
    id: ids,
    fields: `id,${PRODUCT_MARKET_FIELDS},shipping_profile.id`,
    limit: ids.length,
  })
  for (const product of products as ProductWithMarket[]) {
    found.set(product.id, { market: product.market ?? undefined, shippingProfileId: product.shipping_profile?.id })
  }
  return found
}

/** Which market sells each product. */
export async function productMarkets(productIds: string[]): Promise<Map<string, MarketRef>> {
  const placements = await productPlacements(productIds)
  return new Map([...placements].flatMap(([id, p]) => (p.market ? [[id, p.market] as const] : [])))
}
