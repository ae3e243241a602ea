import type { StoredPrice } from "../../../lib/stored-price"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_RULE_ATTRIBUTE } from "../../../lib/constants"
import type { TierPricePlan } from "./validate-tier-prices"

/** Rows this plugin owns in a scope: no rules, or exactly the scope's market rule. */
function ownedByScope(price: StoredPrice, plan: TierPricePlan): boolean {
  const rules = price.price_rules ?? []
  if (!plan.market_id) {
    return rules.length === 0
  }
  return rules.length === 1 && rules[0].attribute === MARKET_RULE_ATTRIBUTE && rules[0].value === plan.market_id
}

export const replaceTierPricesStepId = "replace-tier-prices"

/**
 * Replaces every row of each scope with the planned windows, as native min/max quantities (never as
 * `min_quantity` rules, which Medusa never matches: medusa#16463). Old rows are soft-deleted so the
 * compensation restores them exactly.
 */
export const replaceTierPricesStep = createStep(
  replaceTierPricesStepId,
  async (plan: TierPricePlan[], { container }) => {
    const pricing = container.resolve(Modules.PRICING)
    const priceSetIds = [...new Set(plan.map((entry) => entry.price_set_id))]
    const before: StoredPrice[] = await pricing.listPrices({ price_set_id: priceSetIds }, { relations: ["price_rules"], take: null })
    const replaced = before.filter((price) =>
      plan.some(
        (entry) =>
          entry.price_set_id === price.price_set_id &&
          entry.currency_code === price.currency_code &&
          (entry.price_list_id ?? null) === (price.price_list_id ?? null) &&
          ownedByScope(price, entry)
      )
    )
    if (replaced.length) {
      await pricing.softDeletePrices(replaced.map((price) => price.id))
    }
    const toRow = (entry: TierPricePlan, window: TierPricePlan["windows"][number]) => ({
      amount: window.amount,
      currency_code: entry.currency_code,
      min_quantity: window.min_quantity,
      max_quantity: window.max_quantity,
      ...(entry.market_id ? { rules: { [MARKET_RULE_ATTRIBUTE]: entry.market_id } } : {}),
    })
    const listEntries = plan.filter((entry) => entry.price_list_id && entry.windows.length)
    const baseEntries = plan.filter((entry) => !entry.price_list_id && entry.windows.length)
    if (listEntries.length) {
      await pricing.addPriceListPrices(
        listEntries.map((entry) => ({
          price_list_id: entry.price_list_id!,
          prices: entry.windows.map((window) => ({ ...toRow(entry, window), price_set_id: entry.price_set_id })),
        }))
      )
    }
    if (baseEntries.length) {
      await pricing.addPrices(
        baseEntries.map((entry) => ({ priceSetId: entry.price_set_id, prices: entry.windows.map((w) => toRow(entry, w)) }))
      )
    }
    const knownIds = new Set(before.map((price) => price.id))
    const after = await pricing.listPrices({ price_set_id: priceSetIds }, { select: ["id"], take: null })
    const createdIds = after.map((price) => price.id).filter((id) => !knownIds.has(id))
    return new StepResponse(
      { created: createdIds.length, replaced: replaced.length },
      { createdIds, replacedIds: replaced.map((price) => price.id) }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const pricing = container.resolve(Modules.PRICING)
    if (undo.createdIds.length) {
      await pricing.softDeletePrices(undo.createdIds)
    }
    if (undo.replacedIds.length) {
      await pricing.restorePrices(undo.replacedIds)
    }
  }
)
