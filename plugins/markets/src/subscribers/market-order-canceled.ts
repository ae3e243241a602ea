import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"
import { MarketOrderEvents } from "../workflows/market-payments"

/** `market_order.canceled`: a market's order was canceled (see the plugin README for the payload). */
export default async function marketOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const [record] = await service.listMarketOrders({ order_id: event.data.id }, { relations: ["order_group"] })
  const group = (record as { order_group?: { id: string; checkout_order_id: string } } | undefined)?.order_group
  if (!record || !group) {
    return
  }
  await container.resolve(Modules.EVENT_BUS).emit({
    name: MarketOrderEvents.CANCELED,
    data: { id: event.data.id, order_group_id: group.id, checkout_order_id: group.checkout_order_id },
  })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }
