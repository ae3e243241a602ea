import type { FilterablePriceProps, MedusaContainer } from "@medusajs/framework/types"
import type { StoredPrice } from "./stored-price"
import { Modules } from "@medusajs/framework/utils"
import { MARKET_RULE_ATTRIBUTE } from "./constants"
import type { TierPriceRow } from "./breaks"
import type { TierSummary } from "./tier-context"

export type PriceScope = { currencyCode: string; regionId?: string; marketId?: string | null }

/** A stored price row applies in this scope when each of its rules is a region or market rule that matches. */
function matchesScope(price: StoredPrice, scope: PriceScope): boolean {
  return (price.price_rules ?? []).every((rule) => {
    if (rule.attribute === MARKET_RULE_ATTRIBUTE) {
      return !!scope.marketId && rule.value === scope.marketId
    }
    if (rule.attribute === "region_id") {
      return !!scope.regionId && rule.value === scope.regionId
    }
    return false
  })
}

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) {
    return null
  }
  return Number(value)
}

/**
 * Retail (base) and tier (price-list) rows per price set, read from Medusa's price table directly:
 * `variants.prices` on the store API never includes price-list prices (medusa#16836).
 */
export async function readTierPriceRows(
  container: MedusaContainer,
  priceSetIds: string[],
  tiers: TierSummary[],
  scope: PriceScope
): Promise<Map<string, TierPriceRow[]>> {
  const result = new Map<string, TierPriceRow[]>()
  if (!priceSetIds.length) {
    return result
  }
  const retail = tiers.find((tier) => tier.is_retail)
  const tierByList = new Map(tiers.filter((t) => t.price_list_id).map((t) => [t.price_list_id!, t.id]))
  const pricing = container.resolve(Modules.PRICING)
  const filters = {
      price_set_id: priceSetIds,
      currency_code: scope.currencyCode,
      $or: [{ price_list_id: null }, ...(tierByList.size ? [{ price_list_id: [...tierByList.keys()] }] : [])],
    }
  // FilterablePriceProps has no price_list_id, yet the module filters on the column.
  const prices = (await pricing.listPrices(filters as unknown as FilterablePriceProps,
    {
      select: ["id", "price_set_id", "price_list_id", "amount", "min_quantity", "max_quantity", "rules_count"],
      relations: ["price_rules"],
      take: null,
    }
  )) as StoredPrice[]
  for (const price of prices) {
    const tierId = price.price_list_id ? tierByList.get(price.price_list_id) : retail?.id
    if (!tierId || !price.price_set_id || !matchesScope(price, scope)) {
      continue
    }
    const rows = result.get(price.price_set_id) ?? []
    rows.push({
      tier_id: tierId,
      amount: Number(price.amount),
      min_quantity: toNumber(price.min_quantity),
      max_quantity: toNumber(price.max_quantity),
    })
    result.set(price.price_set_id, rows)
  }
  return result
}
