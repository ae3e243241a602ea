import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isIranianMobile } from "../lib/phone"
import { sendSmsWorkflow } from "../workflows/sms/workflows/send-sms"

type FulfillmentForSms = {
  id: string
  labels?: Array<{ tracking_number?: string | null }> | null
  order?: {
    display_id: number
    customer?: { phone?: string | null; first_name?: string | null } | null
    shipping_address?: { phone?: string | null; first_name?: string | null } | null
  } | null
}

/** Texts the customer when a shipment is created, with the tracking number when there is one. */
export default async function orderShippedSms({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id",
      "labels.tracking_number",
      "order.display_id",
      "order.customer.phone",
      "order.customer.first_name",
      "order.shipping_address.phone",
      "order.shipping_address.first_name",
    ],
    filters: { id: event.data.id },
  })
  const fulfillment = data[0] as FulfillmentForSms | undefined
  const order = fulfillment?.order
  const phone = [order?.customer?.phone, order?.shipping_address?.phone].find((p) => p && isIranianMobile(p))
  if (!fulfillment || !order || !phone) {
    return
  }
  const tracking = fulfillment.labels?.find((label) => label.tracking_number)?.tracking_number
  // An SMS outage must not fail the order flow: the failover provider has logged the reason.
  const { errors } = await sendSmsWorkflow(container).run({
    throwOnError: false,
    input: {
      to: phone,
      template: "order-shipped",
      data: {
        name: order.customer?.first_name || order.shipping_address?.first_name || "مشتری",
        order: order.display_id,
        tracking: tracking ? ` کد رهگیری: ${tracking}` : "",
      },
      idempotency_key: `order-shipped:${fulfillment.id}`,
    },
  })
  if (errors.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`sms: the order shipped SMS was not sent: ${errors[0].error?.message ?? "unknown error"}`)
  }
}

export const config: SubscriberConfig = { event: "shipment.created" }
