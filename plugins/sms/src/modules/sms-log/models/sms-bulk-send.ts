import { model } from "@medusajs/framework/utils"

/** A bulk send to a customer group, with its progress. */
export const SmsBulkSend = model.define("sms_bulk_send", {
  id: model.id({ prefix: "smsbulk" }).primaryKey(),
  customer_group_id: model.text(),
  text: model.text(),
  status: model.enum(["pending", "running", "completed", "failed"]).default("pending"),
  total: model.number().default(0),
  sent: model.number().default(0),
  failed: model.number().default(0),
  skipped: model.number().default(0),
  error: model.text().nullable(),
})
