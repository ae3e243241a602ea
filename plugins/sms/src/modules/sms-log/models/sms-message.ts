import { model } from "@medusajs/framework/utils"

/** One SMS the platform tried to send, whichever provider finally sent it (or none). */
export const SmsMessage = model
  .define("sms_message", {
    id: model.id({ prefix: "sms" }).primaryKey(),
    /** Canonical `09xxxxxxxxx`, or the raw input when it was not a valid number. */
    to: model.text().searchable(),
    template: model.text(),
    /** The provider that sent it; null when every provider failed. */
    provider: model.text().nullable(),
    provider_message_id: model.text().nullable(),
    status: model.enum(["sent", "failed", "rate_limited"]),
    error: model.text().nullable(),
    /** Each provider tried, in order: `{ provider, error?, kind? }`. */
    attempts: model.json().nullable(),
  })
  .indexes([{ on: ["to", "created_at"] }])
