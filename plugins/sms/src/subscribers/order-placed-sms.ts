import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isIranianMobile } from "../lib/phone"
import { formatToman } from "../lib/templates"
import { sendSmsWorkflow } from "../workflows/sms/workflows/send-sms"

type OrderForSms = {
  id: string
  display_id: number
  total: number | string
  customer?: { phone?: string | null; first_name?: string | null } | null
  shipping_address?: { phone?: string | null; first_name?: string | null } | null
}

/** Texts the customer the order number and total (Toman) when an order is placed. */
export default async function orderPlacedSms({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "total", "customer.phone", "customer.first_name", "shipping_address.phone", "shipping_address.first_name"],
    filters: { id: event.data.id },
  })
  const order = data[0] as OrderForSms | undefined
  const phone = [order?.customer?.phone, order?.shipping_address?.phone].find((p) => p && isIranianMobile(p))
  if (!order || !phone) {
    logger.info(`sms: order ${event.data.id} has no Iranian mobile number; no order SMS sent`)
    return
  }
  // An SMS outage must not fail the order flow: the failover provider has logged the reason.
  const { errors } = await sendSmsWorkflow(container).run({
    throwOnError: false,
    input: {
      to: phone,
      template: "order-placed",
      data: {
        name: order.customer?.first_name || order.shipping_address?.first_name || "مشتری",
        order: order.display_id,
        total: formatToman(String(order.total)),
      },
      idempotency_key: `order-placed:${order.id}`,
    },
  })
  if (errors.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`sms: the order placed SMS was not sent: ${errors[0].error?.message ?? "unknown error"}`)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
