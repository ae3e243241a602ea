import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const refreshCustomerCartsStepId = "refresh-customer-carts"

/**
 * Re-prices the customer's open carts so a tier change shows at once, not at the next cart edit.
 * Runs last: re-pricing is derived data, so there is nothing to undo.
 */
export const refreshCustomerCartsStep = createStep(
  refreshCustomerCartsStepId,
  async (input: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at"],
      filters: { customer_id: input.customer_id, completed_at: null },
    })
    for (const cart of carts) {
      await refreshCartItemsWorkflow(container).run({ input: { cart_id: cart.id, force_refresh: true } })
    }
    return new StepResponse(carts.map((cart) => cart.id))
  }
)
