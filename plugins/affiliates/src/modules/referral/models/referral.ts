import { model } from "@medusajs/framework/utils"

/**
 * One customer referred by another. A customer is referred at most once (unique
 * `referred_customer_id`); the first paid qualifying order moves it to `rewarded`; that order
 * refunded in full or canceled afterwards moves it to `reversed`.
 */
export const Referral = model
  .define("referral", {
    id: model.id({ prefix: "rfl" }).primaryKey(),
    referrer_customer_id: model.text(),
    referred_customer_id: model.text(),
    code: model.text(),
    source: model.enum(["store", "cart"]).default("store"),
    status: model.enum(["pending", "rewarded", "reversed"]).default("pending"),
    order_id: model.text().nullable(),
    currency_code: model.text().nullable(),
    referrer_reward: model.bigNumber().nullable(),
    referred_reward: model.bigNumber().nullable(),
    rewarded_at: model.dateTime().nullable(),
    /** What the reversal took back from each wallet (at most what it held then; the rest is written off). */
    referrer_reversed: model.bigNumber().nullable(),
    referred_reversed: model.bigNumber().nullable(),
    reversed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["referred_customer_id"], unique: true },
    { on: ["referrer_customer_id"] },
  ])
