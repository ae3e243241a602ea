import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { findOrderMarket } from "../lib/markets-bridge"
import { creditMarketEarningsWorkflow } from "../workflows"

/** A completed market order credits the market: its total less the platform's commission, once. */
export default async function creditMarketOnOrderCompleted({ event, container }: SubscriberArgs<{ id: string }>) {
  const share = await findOrderMarket(container, event.data.id)
  if (!share) {
    return
  }
  await creditMarketEarningsWorkflow(container).run({
    input: {
      order_id: share.order_id,
      market_id: share.market_id,
      currency_code: share.currency_code,
      amount: share.total,
      commission: share.commission_amount,
    },
  })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.COMPLETED }
