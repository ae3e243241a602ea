import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateMarketTransitionStep } from "../steps/validate-market-transition"
import { setMarketVisibilityStep } from "../steps/set-market-visibility"
import { updateMarketStep } from "../steps/update-market"
import { MarketEvents, type SetMarketStatusInput } from "../types"

export const setMarketStatusWorkflowId = "set-market-status"

/**
 * Approving (or reinstating) shows the market's catalogue in the marketplace; suspending or closing
 * hides it, and its storefront, carts and admin writes stop (see the store scope and cart hooks).
 */
export const setMarketStatusWorkflow = createWorkflow(setMarketStatusWorkflowId, (input: SetMarketStatusInput) => {
  validateMarketTransitionStep(input)
  const market = updateMarketStep(transform({ input }, ({ input }) => ({ id: input.id, status: input.status })))
  setMarketVisibilityStep(
    transform({ input }, ({ input }) => ({ market_id: input.id, visible: input.status === "active" }))
  )
  emitEventStep({
    eventName: MarketEvents.STATUS_CHANGED,
    data: transform({ input }, ({ input }) => ({ id: input.id, status: input.status })),
  })
  return new WorkflowResponse(market)
})
