import type { MedusaContainer, PricingContext } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { freshCustomerPricingContext } from "../../../lib/tier-context"

export type RepricedLine = { item_id: string; from: number; to: number }

type CartLine = { id: string; variant_id: string | null; quantity: number; unit_price: number; is_custom_price: boolean }

export async function readLines(container: MedusaContainer, cartId: string) {
  const { data: [cart] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "currency_code", "region_id", "customer_id", "completed_at", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.is_custom_price"],
    filters: { id: cartId },
  })
  return cart
}

/** Lines whose stored unit price differs from what Medusa's pricing gives them right now. */
export async function stalePriceLines(container: MedusaContainer, cart: NonNullable<Awaited<ReturnType<typeof readLines>>>) {
  const lines = ((cart.items ?? []) as CartLine[]).filter((line) => line.variant_id && !line.is_custom_price)
  if (!lines.length || !cart.currency_code) {
    return []
  }
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "price_set.id"],
    filters: { id: lines.map((line) => line.variant_id!) },
  })
  const priceSetOf = new Map(variants.map((variant) => [variant.id, variant.price_set?.id]))
  const context = { currency_code: cart.currency_code, region_id: cart.region_id, ...(await freshCustomerPricingContext(container, cart.customer_id)) }
  const pricing = container.resolve(Modules.PRICING)
  const stale: CartLine[] = []
  for (const line of lines) {
    const priceSetId = priceSetOf.get(line.variant_id!)
    const [price] = priceSetId
      ? await pricing.calculatePrices({ id: [priceSetId] }, { context: { ...context, quantity: Number(line.quantity) } as unknown as PricingContext["context"] })
      : []
    if (!price || price.calculated_amount === null || Number(price.calculated_amount) !== Number(line.unit_price)) {
      stale.push(line)
    }
  }
  return stale
}

export const repriceCartIfStaleStepId = "reprice-cart-if-stale"

/**
 * Checkout guard: a price list that expired, or a tier the customer left, since a line was priced must
 * not reach the order. Re-prices through Medusa's own refresh, and reports the lines that moved.
 */
export const repriceCartIfStaleStep = createStep(
  repriceCartIfStaleStepId,
  async (input: { cart_id: string }, { container }) => {
    const cart = await readLines(container, input.cart_id)
    if (!cart || cart.completed_at || !(await stalePriceLines(container, cart)).length) {
      return new StepResponse({ repriced: [] as RepricedLine[] })
    }
    const before = new Map(((cart.items ?? []) as CartLine[]).map((line) => [line.id, Number(line.unit_price)]))
    await refreshCartItemsWorkflow(container).run({ input: { cart_id: input.cart_id, force_refresh: true } })
    const after = await readLines(container, input.cart_id)
    const repriced = ((after?.items ?? []) as CartLine[])
      .filter((line) => before.has(line.id) && before.get(line.id) !== Number(line.unit_price))
      .map((line) => ({ item_id: line.id, from: before.get(line.id)!, to: Number(line.unit_price) }))
    return new StepResponse({ repriced })
  }
)
