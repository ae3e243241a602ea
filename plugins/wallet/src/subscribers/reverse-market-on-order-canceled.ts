import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { settleMarketEarningWorkflow } from "../workflows"

/** A canceled order takes back whatever its market still holds of the order's earning. */
export default async function reverseMarketOnOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await settleMarketEarningWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }
