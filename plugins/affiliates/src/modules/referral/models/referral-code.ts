import { model } from "@medusajs/framework/utils"

/** A customer's own referral code: one per customer, unique, stored upper-case (matched case-insensitively). */
export const ReferralCode = model
  .define("referral_code", {
    id: model.id({ prefix: "rfcode" }).primaryKey(),
    customer_id: model.text(),
    code: model.text(),
  })
  .indexes([
    { on: ["customer_id"], unique: true },
    { on: ["code"], unique: true },
  ])
