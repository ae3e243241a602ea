import type { CreatePriceListPriceDTO, FilterablePriceProps, MedusaContainer, PriceListDTO } from "@medusajs/framework/types"
import { Modules, PriceListStatus, PriceListType } from "@medusajs/framework/utils"
import { CUSTOMER_GROUP_RULE_ATTRIBUTE } from "./constants"
import type { StoredPrice } from "./stored-price"
import { listTiers } from "./tier-context"

export const MIRROR_OF_KEY = "asoud_pricing_tiers_mirror_of"

export type SaleMirrorSync = { created: number; updated: number; deleted: number }

/** FilterablePriceProps omits price_list_id, yet the pricing module filters on the column. */
const inPriceList = (id: string) => ({ price_list_id: [id] }) as unknown as FilterablePriceProps

const mirrorOf = (list: PriceListDTO) => (list.metadata?.[MIRROR_OF_KEY] as string | undefined) ?? null

/** A public sale: a `sale` list no customer-group rule restricts, made outside this plugin. */
function isPublicSale(list: PriceListDTO): boolean {
  return list.type === PriceListType.SALE && !mirrorOf(list) && !(list.price_list_rules ?? []).length
}

function copyPrices(prices: StoredPrice[]): CreatePriceListPriceDTO[] {
  return prices.map((price) => ({
    price_set_id: price.price_set_id!,
    currency_code: price.currency_code!,
    amount: Number(price.amount),
    min_quantity: price.min_quantity === null || price.min_quantity === undefined ? null : Number(price.min_quantity),
    max_quantity: price.max_quantity === null || price.max_quantity === undefined ? null : Number(price.max_quantity),
    ...((price.price_rules ?? []).length
      ? { rules: Object.fromEntries((price.price_rules ?? []).map((rule) => [rule.attribute, String(rule.value)])) }
      : {}),
  }))
}

/** What makes two price rows the same offer, so an unchanged mirror is left alone. */
function signature(prices: CreatePriceListPriceDTO[]): string {
  return JSON.stringify(
    prices
      .map((p) => [p.price_set_id, p.currency_code, p.amount, p.min_quantity, p.max_quantity, p.rules ?? {}])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  )
}

const sameTime = (a: unknown, b: unknown) => (a ? new Date(a as string).getTime() : null) === (b ? new Date(b as string).getTime() : null)

/**
 * Medusa ranks a group-restricted list above a public one whatever the amounts, so a tier member
 * would miss a public sale cheaper than their tier price. Each public sale gets a mirror restricted
 * to the tier groups: same prices, window and status, so it ranks beside the tier lists and the lower
 * amount wins. Idempotent: mirrors are rebuilt from their sources on every run.
 */
export async function syncSaleMirrors(container: MedusaContainer): Promise<SaleMirrorSync> {
  const pricing = container.resolve(Modules.PRICING)
  const groupIds = (await listTiers(container)).map((tier) => tier.customer_group_id).filter((id): id is string => !!id)
  const lists = await pricing.listPriceLists({}, { relations: ["price_list_rules"], take: null })
  const sources = groupIds.length ? lists.filter(isPublicSale) : []
  const mirrors = lists.filter((list) => mirrorOf(list))
  const result: SaleMirrorSync = { created: 0, updated: 0, deleted: 0 }

  const orphans = mirrors.filter((mirror) => !sources.some((source) => source.id === mirrorOf(mirror)))
  if (orphans.length) {
    await pricing.deletePriceLists(orphans.map((mirror) => mirror.id))
    result.deleted = orphans.length
  }
  for (const source of sources) {
    const fields = {
      title: `Tier mirror: ${source.title ?? source.id}`,
      status: source.status ?? PriceListStatus.DRAFT,
      starts_at: source.starts_at ?? null,
      ends_at: source.ends_at ?? null,
      rules: { [CUSTOMER_GROUP_RULE_ATTRIBUTE]: groupIds },
    }
    const sourcePrices = (await pricing.listPrices(
      inPriceList(source.id),
      { relations: ["price_rules"], take: null }
    )) as StoredPrice[]
    const existing = mirrors.find((mirror) => mirrorOf(mirror) === source.id)
    if (existing) {
      const mirrorPrices = (await pricing.listPrices(inPriceList(existing.id), { relations: ["price_rules"], take: null })) as StoredPrice[]
      const currentGroups = (existing.price_list_rules ?? []).flatMap((rule) => (Array.isArray(rule.value) ? rule.value : [rule.value]))
      const listChanged =
        existing.title !== fields.title ||
        existing.status !== fields.status ||
        !sameTime(existing.starts_at, fields.starts_at) ||
        !sameTime(existing.ends_at, fields.ends_at) ||
        [...currentGroups].sort().join() !== [...groupIds].sort().join()
      const pricesChanged = signature(copyPrices(mirrorPrices)) !== signature(copyPrices(sourcePrices))
      if (listChanged) {
        await pricing.updatePriceLists([{ id: existing.id, ...fields }])
      }
      if (pricesChanged) {
        if (mirrorPrices.length) {
          await pricing.removePrices(mirrorPrices.map((price) => price.id))
        }
        if (sourcePrices.length) {
          await pricing.addPriceListPrices([{ price_list_id: existing.id, prices: copyPrices(sourcePrices) }])
        }
      }
      result.updated += listChanged || pricesChanged ? 1 : 0
      continue
    }
    await pricing.createPriceLists([
      {
        ...fields,
        type: PriceListType.SALE,
        description: `Public sale "${source.title ?? source.id}" for tier members (managed by @asoud/pricing-tiers)`,
        metadata: { [MIRROR_OF_KEY]: source.id },
        prices: copyPrices(sourcePrices),
      },
    ])
    result.created++
  }
  return result
}
