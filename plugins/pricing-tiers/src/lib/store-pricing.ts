import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { effectiveBreaks, type EffectiveBreak, type TierPriceRow } from "./breaks"
import { readTierPriceRows } from "./price-rows"
import { currentCustomerGroupIds, entitledTiers, listTiers, type TierSummary } from "./tier-context"

export type ShopperTiers = { all: TierSummary[]; entitled: TierSummary[]; groupIds: string[] }

/** Every tier, and the ones this shopper is priced at (retail for a guest). */
export async function shopperTiers(container: MedusaContainer, customerId: string | undefined): Promise<ShopperTiers> {
  const [all, groupIds] = await Promise.all([
    listTiers(container),
    customerId ? currentCustomerGroupIds(container, customerId) : Promise.resolve([] as string[]),
  ])
  return { all, entitled: entitledTiers(all, groupIds), groupIds }
}

export async function regionCurrency(container: MedusaContainer, regionId: string): Promise<string> {
  const { data: [region] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph(
    { entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } },
    { cache: { enable: true } }
  )
  if (!region) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${regionId} was not found`)
  }
  return region.currency_code
}

export type VariantBreakTable = {
  /** The shopper's own price at each break: the lowest of retail and their tiers. */
  breaks: EffectiveBreak[]
  /** Each entitled tier's breaks as entered (retail for everyone, a tier's for its members). */
  tiers: Record<string, Array<{ min_quantity: number; max_quantity: number | null; amount: number }>>
}

function byTier(rows: TierPriceRow[], tiers: TierSummary[]): VariantBreakTable["tiers"] {
  const table: VariantBreakTable["tiers"] = {}
  for (const tier of tiers) {
    const own = rows.filter((row) => row.tier_id === tier.id)
    if (own.length) {
      table[tier.handle] = own
        .map((row) => ({ min_quantity: Math.max(1, row.min_quantity ?? 1), max_quantity: row.max_quantity, amount: row.amount }))
        .sort((a, b) => a.min_quantity - b.min_quantity)
    }
  }
  return table
}

/** Break tables per price set for the tiers the shopper is entitled to; nothing of other tiers leaks. */
export async function breakTables(
  container: MedusaContainer,
  priceSetIds: string[],
  tiers: TierSummary[],
  scope: { currencyCode: string; regionId?: string; marketId?: string | null }
): Promise<Map<string, VariantBreakTable>> {
  const rowsBySet = await readTierPriceRows(container, priceSetIds, tiers, scope)
  const order = tiers.map((tier) => tier.id)
  const result = new Map<string, VariantBreakTable>()
  for (const [priceSetId, rows] of rowsBySet) {
    result.set(priceSetId, { breaks: effectiveBreaks(rows, order), tiers: byTier(rows, tiers) })
  }
  return result
}
