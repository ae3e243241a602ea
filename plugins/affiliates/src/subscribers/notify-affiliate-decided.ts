import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AffiliateEvents } from "../lib/events"

type Decided = { id: string; decision: string; customer_id: string; phone: string | null; review_note: string | null }

const TEXTS: Record<string, (note: string) => string> = {
  approve: () => "درخواست همکاری شما در فروش (بازاریابی) آسود تأیید شد. از حساب کاربری خود کد و لینک معرفی بسازید.\nآسود",
  reject: (note) => `درخواست همکاری شما در فروش (بازاریابی) آسود پذیرفته نشد${note}.\nآسود`,
}

/** Tells the applicant the decision by SMS (the `sms` channel of Medusa's notification module), best effort. */
export default async function notifyAffiliateDecided({ event, container }: SubscriberArgs<Decided>) {
  const text = TEXTS[event.data.decision]
  if (!text || !container.hasRegistration(Modules.NOTIFICATION)) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["phone"], filters: { id: event.data.customer_id } })
    const to = (data[0] as { phone?: string } | undefined)?.phone || event.data.phone
    if (!to) {
      return
    }
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to,
      channel: "sms",
      template: "text",
      trigger_type: event.name,
      resource_id: event.data.id,
      resource_type: "affiliate",
      receiver_id: event.data.customer_id,
      data: { text: text(event.data.review_note ? ` (${event.data.review_note})` : "") },
    })
  } catch (error) {
    logger.warn(`affiliates: no decision SMS for ${event.data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: AffiliateEvents.DECIDED, context: { subscriberId: "affiliates-notify-decided" } }
