import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { settleMarketEarningWorkflow } from "../workflows"

/**
 * A completed market order credits the market: its total less the platform's commission, less its
 * share of anything refunded before completion, once.
 */
export default async function creditMarketOnOrderCompleted({ event, container }: SubscriberArgs<{ id: string }>) {
  await settleMarketEarningWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.COMPLETED }
