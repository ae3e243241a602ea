import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { adjustCommissionForRefundWorkflow } from "../workflows/affiliate/workflows/adjust-for-refund"
import { settleAffiliateDebts } from "../lib/settle-debts"

const REFUNDED = "market_order.refunded"
const CANCELED = "market_order.canceled"

type MarketOrderEvent = { id: string; refunded_total?: string }

/** `@asoud/markets` tells each market order's refunds (running totals) and cancellations. */
export default async function adjustCommissionOnRefund({ event, container }: SubscriberArgs<MarketOrderEvent>) {
  const { result } = await adjustCommissionForRefundWorkflow(container).run({
    input: { order_id: event.data.id, refunded_total: event.data.refunded_total, canceled: event.name === CANCELED },
  })
  // A refund after payout is owed back at once, as far as the affiliate's wallet allows.
  if (result.adjusted_affiliate_id) {
    await settleAffiliateDebts(container, result.adjusted_affiliate_id)
  }
}

export const config: SubscriberConfig = {
  event: [REFUNDED, CANCELED],
  context: { subscriberId: "affiliates-adjust-commission-on-refund" },
}
