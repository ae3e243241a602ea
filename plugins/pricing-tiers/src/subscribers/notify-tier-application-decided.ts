import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PricingTierEvents } from "../lib/constants"

type DecisionEvent = {
  id: string
  customer_id: string
  tier_handle: string
  tier_name: string
  phone: string | null
  review_note?: string | null
}

function smsKitInstalled(): boolean {
  try {
    require.resolve("@asoud/sms/package.json")
    return true
  } catch {
    return false
  }
}

function decisionText(eventName: string, data: DecisionEvent, firstName: string | null): string {
  const greeting = firstName ? `${firstName} عزیز، ` : ""
  if (eventName === PricingTierEvents.APPLICATION_APPROVED) {
    return `${greeting}درخواست شما برای سطح قیمت «${data.tier_name}» تأیید شد و قیمت‌های ویژه از همین حالا برای شما فعال است.\nآسود`
  }
  const note = data.review_note ? ` (${data.review_note})` : ""
  return `${greeting}درخواست شما برای سطح قیمت «${data.tier_name}» پذیرفته نشد${note}.\nآسود`
}

/**
 * Tells the customer by SMS (Medusa's notification module, channel `sms`) when @asoud/sms is
 * installed. Best effort: a missing phone or a failing provider is logged, never retried into the
 * approval, which has already happened.
 */
export default async function notifyTierApplicationDecided({ event, container }: SubscriberArgs<DecisionEvent>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!smsKitInstalled() || !container.hasRegistration(Modules.NOTIFICATION)) {
    return
  }
  try {
    const { data: [customer] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["id", "phone", "first_name"],
      filters: { id: event.data.customer_id },
    })
    const to = customer?.phone || event.data.phone
    if (!to) {
      return
    }
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to,
      channel: "sms",
      // The SMS kit sends `data.text` as is for its plain "text" template.
      template: "text",
      trigger_type: event.name,
      resource_id: event.data.id,
      resource_type: "pricing_tier_application",
      receiver_id: event.data.customer_id,
      data: { text: decisionText(event.name, event.data, customer?.first_name ?? null) },
    })
  } catch (error) {
    logger.warn(`pricing-tiers: could not send the ${event.name} SMS for ${event.data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [PricingTierEvents.APPLICATION_APPROVED, PricingTierEvents.APPLICATION_REJECTED],
  context: { subscriberId: "pricing-tiers-notify-application-decided" },
}
