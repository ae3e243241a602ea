import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { MARKET_RULE_ATTRIBUTE } from "./constants"
import { listTiers } from "./tier-context"
import type { StoredPrice, VariantWithPriceSet } from "./stored-price"

export type GridBreak = { min_quantity: number; max_quantity: number | null; amount: number }
export type GridCell = { tier_id: string; market_id: string | null; breaks: GridBreak[] }

/** The admin's variant × tier × break grid of one product in one currency, every market scope included. */
export async function readTierPriceGrid(container: MedusaContainer, productId: string, currencyCode: string) {
  const { data: [product] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "variants.id", "variants.title", "variants.sku", "variants.price_set.id"],
    filters: { id: productId },
  })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  }
  const tiers = await listTiers(container)
  const retail = tiers.find((tier) => tier.is_retail)
  const tierByList = new Map(tiers.filter((t) => t.price_list_id).map((t) => [t.price_list_id!, t.id]))
  const variants = ((product.variants ?? []) as VariantWithPriceSet[]).filter((v) => !!v)
  const priceSetIds = variants.map((v) => v.price_set?.id).filter((id): id is string => !!id)
  const prices: StoredPrice[] = priceSetIds.length
    ? await container.resolve(Modules.PRICING).listPrices(
        { price_set_id: priceSetIds, currency_code: currencyCode },
        { relations: ["price_rules"], take: null }
      )
    : []
  const cells = new Map<string, GridCell[]>()
  for (const price of prices) {
    const tierId = price.price_list_id ? tierByList.get(price.price_list_id) : retail?.id
    const rules = price.price_rules ?? []
    const marketRule = rules.find((rule) => rule.attribute === MARKET_RULE_ATTRIBUTE)
    // Rows with other rules (e.g. region prices) are Medusa's, not the grid's.
    if (!tierId || rules.length > (marketRule ? 1 : 0)) {
      continue
    }
    const marketId = marketRule?.value ?? null
    const list = cells.get(price.price_set_id!) ?? []
    let cell = list.find((c) => c.tier_id === tierId && c.market_id === marketId)
    if (!cell) {
      cell = { tier_id: tierId, market_id: marketId, breaks: [] }
      list.push(cell)
    }
    cell.breaks.push({
      min_quantity: Math.max(1, Number(price.min_quantity ?? 1)),
      max_quantity: price.max_quantity === null || price.max_quantity === undefined ? null : Number(price.max_quantity),
      amount: Number(price.amount),
    })
    cells.set(price.price_set_id!, list)
  }
  for (const list of cells.values()) {
    list.forEach((cell) => cell.breaks.sort((a, b) => a.min_quantity - b.min_quantity))
  }
  return {
    product_id: product.id,
    currency_code: currencyCode,
    tiers,
    variants: variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      sku: variant.sku,
      prices: cells.get(variant.price_set?.id ?? "") ?? [],
    })),
  }
}
