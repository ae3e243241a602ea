import {
  addToCartWorkflow,
  createCartWorkflow,
  refreshCartItemsWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { freshCustomerPricingContext } from "../../lib/tier-context"

/*
 * Every cart pricing path prices with the customer's groups as they are now, not as cached on the
 * cart's customer: a newly approved colleague gets colleague prices on the next add, update or refresh.
 * Medusa allows one handler per hook; a plugin that also needs these hooks should compose
 * `freshCustomerPricingContext` from "@asoud/pricing-tiers/workflows" into its own handler.
 */

addToCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) => {
  return new StepResponse(await freshCustomerPricingContext(container, cart?.customer_id))
})

updateLineItemInCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) => {
  return new StepResponse(await freshCustomerPricingContext(container, cart?.customer_id))
})

refreshCartItemsWorkflow.hooks.setPricingContext(async ({ cart_id }, { container }) => {
  const { data: [cart] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["customer_id"],
    filters: { id: cart_id },
  })
  return new StepResponse(await freshCustomerPricingContext(container, cart?.customer_id))
})

createCartWorkflow.hooks.setPricingContext(async ({ customerData }, { container }) => {
  return new StepResponse(await freshCustomerPricingContext(container, customerData?.customer?.id))
})
