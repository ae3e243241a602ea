import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { applyReferralCodeWorkflow, rewardReferralWorkflow } from "../workflows/referral"

/** Cart metadata key a storefront sets to the code a new customer typed at checkout. */
export const REFERRAL_CART_METADATA_KEY = "referral_code"

/**
 * A placed order: a referral code the cart carried is applied (first order only; a refused code is
 * logged, the order stands), then an order already paid at placement (gateways capture on return)
 * rewards the referral. Payments captured later reward through `referral-payment-captured`.
 */
export default async function referralOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "metadata"], filters: { id: event.data.id } })
  const order = data[0] as { id: string; customer_id: string | null; metadata: Record<string, unknown> | null } | undefined
  const code = order?.metadata?.[REFERRAL_CART_METADATA_KEY]
  if (order?.customer_id && typeof code === "string" && code.trim()) {
    const { errors } = await applyReferralCodeWorkflow(container).run({
      input: { customer_id: order.customer_id, code, order_id: order.id, source: "cart" },
      throwOnError: false,
    })
    if (errors.length) {
      logger.info(`referral code "${code}" on order ${order.id} not applied: ${errors[0].error?.message}`)
    }
  }
  await rewardReferralWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED, context: { subscriberId: "referral-order-placed" } }
