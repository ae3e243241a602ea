import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PricingTierEvents } from "../../../lib/constants"
import { replaceTierPricesStep } from "../steps/replace-tier-prices"
import { validateTierPricesStep, type SetTierPricesInput } from "../steps/validate-tier-prices"

export const setTierPricesWorkflowId = "set-tier-prices"

/**
 * Sets the quantity breaks of many (variant, tier) pairs in one currency at once: each pair's rows are
 * replaced by the breaks given (an empty list clears a tier's prices for that variant).
 */
export const setTierPricesWorkflow = createWorkflow(setTierPricesWorkflowId, (input: SetTierPricesInput) => {
  const plan = validateTierPricesStep(input)
  const result = replaceTierPricesStep(plan)
  const eventData = transform({ input }, ({ input }) => ({
    currency_code: input.currency_code,
    variant_ids: [...new Set(input.prices.map((entry) => entry.variant_id))],
  }))
  emitEventStep({ eventName: PricingTierEvents.PRICES_SET, data: eventData })
  return new WorkflowResponse(result)
})
