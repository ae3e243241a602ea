import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { rewardReferralWorkflow } from "../workflows/referral"

/** A captured payment: the order it pays may be a referred customer's first qualifying paid order. */
export default async function referralPaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
  if (orderId) {
    await rewardReferralWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED, context: { subscriberId: "referral-payment-captured" } }
