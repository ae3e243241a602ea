import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { distributeCheckoutRefundsStep } from "../steps/distribute-checkout-refunds"
import { mirrorMarketOrderRefundsStep } from "../steps/mirror-market-order-refunds"
import { recordMarketRefundsStep } from "../steps/record-market-refunds"
import { syncMarketPaymentsStep } from "../steps/sync-market-payments"

export const MarketOrderEvents = {
  REFUNDED: "market_order.refunded",
  CANCELED: "market_order.canceled",
} as const

export const applyGroupPaymentsWorkflowId = "apply-group-payments"

/**
 * After a checkout's payment moved (placed, captured, refunded — on the checkout or on one of its market
 * orders): records a market order's own refunds on the checkout, passes new refunds of the checkout
 * on to its market orders, brings each market order's share of the payment up to date, records what
 * the refunds took back and announces `market_order.refunded`. Idempotent (it works from running
 * totals) and serialized per checkout, so replayed or concurrent events change nothing twice.
 */
export const applyGroupPaymentsWorkflow = createWorkflow(applyGroupPaymentsWorkflowId, (input: { checkout_order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `market-group-payments:${input.checkout_order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  mirrorMarketOrderRefundsStep(input)
  distributeCheckoutRefundsStep(input)
  syncMarketPaymentsStep(input)
  const events = recordMarketRefundsStep(input)
  emitEventStep({
    eventName: MarketOrderEvents.REFUNDED,
    data: events,
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(events)
})
