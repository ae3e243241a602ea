import {
  addToCartWorkflow,
  createCartWorkflow,
  refreshCartItemsWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { extendHook } from "@asoud/extensions/hooks"
import { freshCustomerPricingContext } from "../../lib/tier-context"

/*
 * Every cart pricing path prices with the customer's groups as they are now, not as cached on the
 * cart's customer: a newly approved colleague gets colleague prices on the next add, update or refresh.
 * Other plugins add their own pricing context on the same hooks through @asoud/extensions/hooks;
 * the contexts are merged.
 */
const ID = "pricing-tiers.customer-groups"

type CartInput = { cart?: { customer_id?: string | null } }

extendHook(addToCartWorkflow, "setPricingContext", {
  id: ID,
  invoke: async ({ cart }: CartInput, { container }) =>
    new StepResponse(await freshCustomerPricingContext(container, cart?.customer_id)),
})

extendHook(updateLineItemInCartWorkflow, "setPricingContext", {
  id: ID,
  invoke: async ({ cart }: CartInput, { container }) =>
    new StepResponse(await freshCustomerPricingContext(container, cart?.customer_id)),
})

extendHook(refreshCartItemsWorkflow, "setPricingContext", {
  id: ID,
  invoke: async ({ cart_id }: { cart_id: string }, { container }) => {
    const { data: [cart] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["customer_id"],
      filters: { id: cart_id },
    })
    return new StepResponse(await freshCustomerPricingContext(container, cart?.customer_id))
  },
})

extendHook(createCartWorkflow, "setPricingContext", {
  id: ID,
  invoke: async ({ customerData }: { customerData?: { customer?: { id?: string } | null } }, { container }) =>
    new StepResponse(await freshCustomerPricingContext(container, customerData?.customer?.id)),
})
