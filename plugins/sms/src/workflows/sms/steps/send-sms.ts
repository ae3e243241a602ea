import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { SmsData } from "../../../lib/templates"

export type SendSmsStepInput = {
  to: string
  template: string
  data: SmsData
  /** The notification module sends once per key (e.g. `order-placed:<order id>`). */
  idempotency_key?: string
}

/**
 * Sends through the notification module's `sms` channel, so the configured provider (failover)
 * picks the SMS service and writes the message log. No compensation: a sent SMS cannot be recalled,
 * which is why this is the last step of every workflow that uses it.
 */
export const sendSmsStep = createStep("send-sms", async (input: SendSmsStepInput, { container }) => {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const notification = await notifications.createNotifications({
    to: input.to,
    channel: "sms",
    template: input.template,
    data: input.data,
    idempotency_key: input.idempotency_key,
  })
  return new StepResponse({ id: notification?.id, external_id: notification?.external_id ?? null })
})
