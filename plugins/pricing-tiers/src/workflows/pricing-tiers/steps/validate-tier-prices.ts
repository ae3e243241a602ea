import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidBreaksReason, toPriceWindows, type PriceBreak } from "../../../lib/breaks"
import { listTiers } from "../../../lib/tier-context"

export type TierPriceEntry = { variant_id: string; tier_id: string; market_id?: string | null; breaks: PriceBreak[] }

export type SetTierPricesInput = { currency_code: string; prices: TierPriceEntry[] }

/** One (price set, tier list or base, currency, market) scope whose rows are replaced by `windows`. */
export type TierPricePlan = {
  price_set_id: string
  price_list_id: string | null
  currency_code: string
  market_id: string | null
  windows: Array<PriceBreak & { max_quantity: number | null }>
}

export const validateTierPricesStepId = "validate-tier-prices"

export const validateTierPricesStep = createStep(
  validateTierPricesStepId,
  async (input: SetTierPricesInput, { container }) => {
    const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
    const currencyCode = input.currency_code.toLowerCase()
    const tiers = new Map((await listTiers(container)).map((tier) => [tier.id, tier]))
    const variantIds = [...new Set(input.prices.map((entry) => entry.variant_id))]
    const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "variant",
      fields: ["id", "price_set.id"],
      filters: { id: variantIds },
    })
    const priceSetByVariant = new Map(variants.map((v) => [v.id, v.price_set?.id]))
    const seen = new Set<string>()
    const plan: TierPricePlan[] = input.prices.map((entry) => {
      const tier = tiers.get(entry.tier_id)
      if (!tier) {
        throw invalid(`Pricing tier ${entry.tier_id} does not exist`)
      }
      const priceSetId = priceSetByVariant.get(entry.variant_id)
      if (!priceSetId) {
        throw invalid(`Variant ${entry.variant_id} does not exist or has no price set`)
      }
      const key = `${entry.variant_id}:${tier.id}:${entry.market_id ?? ""}`
      if (seen.has(key)) {
        throw invalid(`Variant ${entry.variant_id} and tier ${tier.handle} appear twice; send each pair once`)
      }
      seen.add(key)
      const reason = invalidBreaksReason(entry.breaks, tier.is_retail && !entry.market_id, currencyCode)
      if (reason) {
        throw invalid(`${tier.handle} prices of variant ${entry.variant_id}: ${reason}`)
      }
      return {
        price_set_id: priceSetId,
        price_list_id: tier.is_retail ? null : tier.price_list_id,
        currency_code: currencyCode,
        market_id: entry.market_id ?? null,
        windows: toPriceWindows(entry.breaks),
      }
    })
    return new StepResponse(plan)
  }
)
