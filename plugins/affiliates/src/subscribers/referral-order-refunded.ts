import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { reverseReferralRewardWorkflow } from "../workflows/referral"

const WALLET_REFUNDED = "wallet.order_refunded"

/** The order an event names: a wallet refund and a cancelation name it, a gateway refund names its payment. */
async function orderOf(container: SubscriberArgs<unknown>["container"], name: string, data: { id?: string; order_id?: string }) {
  if (name === WALLET_REFUNDED) {
    return data.order_id
  }
  if (name === OrderWorkflowEvents.CANCELED) {
    return data.id
  }
  const { data: payments } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: data.id },
  })
  return (payments[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
}

/** A refund or cancelation may take back the referral reward the order paid (see the README's rule). */
export default async function referralOrderRefunded({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = await orderOf(container, event.name, event.data)
  if (orderId) {
    await reverseReferralRewardWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = {
  event: [WALLET_REFUNDED, PaymentEvents.REFUNDED, OrderWorkflowEvents.CANCELED],
  context: { subscriberId: "referral-order-refunded" },
}
