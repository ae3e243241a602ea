import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { orderIdOfPayment } from "../lib/order-refunds"
import { settleMarketEarningWorkflow } from "../workflows"

/** `payment.refunded` {id: payment}, `wallet.order_refunded` {order_id}, `market_order.refunded` {id: order}. */
const MARKET_ORDER_REFUNDED = "market_order.refunded"

type RefundEvent = { id?: string; order_id?: string }

/**
 * A refund (to the gateway or to the wallet, on the order or passed on from its checkout by
 * `@asoud/markets`) takes the market's share of it back: the market keeps its earning less its share
 * of everything refunded so far. Before the order is completed nothing was credited; the completion
 * credits the lower amount instead.
 */
export default async function reverseMarketOnRefund({ event, container }: SubscriberArgs<RefundEvent>) {
  const orderId =
    event.name === MARKET_ORDER_REFUNDED
      ? event.data.id
      : event.data.order_id ?? (event.data.id ? await orderIdOfPayment(container, event.data.id) : undefined)
  if (!orderId) {
    return
  }
  await settleMarketEarningWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = { event: [PaymentEvents.REFUNDED, "wallet.order_refunded", MARKET_ORDER_REFUNDED] }
