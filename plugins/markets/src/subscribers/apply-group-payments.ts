import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { checkoutOrderOf } from "../lib/group-payments"
import { applyGroupPaymentsWorkflow } from "../workflows/market-payments"

type PaymentMoved = { id?: string; order_id?: string }

async function orderIdOfPayment(container: MedusaContainer, paymentId: string): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({ entity: "payment", fields: ["payment_collection_id"], filters: { id: paymentId } })
  const collectionId = (payments[0] as { payment_collection_id?: string } | undefined)?.payment_collection_id
  if (!collectionId) {
    return undefined
  }
  const { data: links } = await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: collectionId } })
  return (links[0] as { order_id?: string } | undefined)?.order_id
}

/**
 * A checkout's payment was captured or refunded (at the gateway, or to the wallet by
 * `@asoud/wallet`'s `wallet.order_refunded`): its market orders follow (shares, refunds, events).
 */
export default async function applyGroupPayments({ event, container }: SubscriberArgs<PaymentMoved>) {
  const orderId = event.data.order_id ?? (event.data.id ? await orderIdOfPayment(container, event.data.id) : undefined)
  const checkoutOrderId = orderId ? await checkoutOrderOf(container, orderId) : undefined
  if (!checkoutOrderId) {
    return
  }
  await applyGroupPaymentsWorkflow(container).run({ input: { checkout_order_id: checkoutOrderId } })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED, "wallet.order_refunded"],
}
