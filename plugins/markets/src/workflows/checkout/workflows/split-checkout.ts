import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assignOrderSalesChannelStep } from "../steps/assign-order-sales-channel"
import { createMarketOrdersStep } from "../steps/create-market-orders"
import { createOrderGroupStep } from "../steps/create-order-group"
import { moveReservationsStep } from "../steps/move-reservations"
import { planCheckoutSplitStep } from "../steps/plan-checkout-split"
import { recordMarketOrdersStep } from "../steps/record-market-orders"
import { syncMarketPaymentsStep } from "../../market-payments/steps/sync-market-payments"
import type { MaterializedOrder, SplitPlan } from "../types"

export type SplitCheckoutInput = { order_id: string; cart_id: string }

export const splitCheckoutWorkflowId = "split-checkout"

/**
 * Runs when Medusa's `completeCartWorkflow` has created the checkout order (whichever route completed
 * the cart). A checkout with items of several markets becomes one order per market under one order
 * group, paid by the checkout's single payment; a one-market checkout is that market's order. Each
 * market order's commission is recorded. Any failure compensates every step, and the cart completion
 * around it rolls back too (order deleted, payment cancelled or refunded).
 */
export const splitCheckoutWorkflow = createWorkflow(splitCheckoutWorkflowId, (input: SplitCheckoutInput) => {
  const plan = planCheckoutSplitStep(input)
  const group = when("checkout-has-market-items", { plan }, ({ plan }) => !!plan).then(() =>
    createOrderGroupStep(plan as SplitPlan)
  )
  const created = when("checkout-spans-markets", { plan }, ({ plan }) => !!plan && plan.parts.length > 1).then(() => {
    const orders = createMarketOrdersStep(plan as SplitPlan)
    moveReservationsStep(orders)
    return orders
  })
  when("checkout-is-one-market", { plan }, ({ plan }) => !!plan && plan.parts.length === 1).then(() => {
    assignOrderSalesChannelStep(
      transform({ plan }, ({ plan }) => ({
        order_id: plan!.order.id,
        sales_channel_id: plan!.markets.find((m) => m.id === plan!.parts[0].market_id)?.sales_channel_id ?? null,
      }))
    )
  })
  const orders = transform({ plan, created }, ({ plan, created }): MaterializedOrder[] =>
    !plan ? [] : created ?? [{ market_id: plan.parts[0].market_id, order_id: plan.order.id, created: false, item_ids: {} }]
  )
  when("checkout-has-market-orders", { plan }, ({ plan }) => !!plan).then(() => {
    recordMarketOrdersStep(
      transform({ plan, group, orders }, ({ plan, group, orders }) => ({ plan: plan!, group_id: group!.id, orders }))
    )
    // Each market order shows its share of the one payment (authorized, captured) from the start.
    syncMarketPaymentsStep(transform({ input }, ({ input }) => ({ checkout_order_id: input.order_id })))
  })
  return new WorkflowResponse(
    transform({ group, orders }, ({ group, orders }) =>
      group ? { order_group_id: group.id, order_ids: orders.map((o) => o.order_id) } : null
    )
  )
})
