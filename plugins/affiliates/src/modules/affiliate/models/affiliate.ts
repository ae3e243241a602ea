import { model } from "@medusajs/framework/utils"
import { AffiliateCode } from "./affiliate-code"
import { AffiliateLink } from "./affiliate-link"

/**
 * A marketer: a customer who applied and (once approved) earns commission on orders attributed to
 * their links and codes. A suspended affiliate keeps what they earned but earns nothing new.
 */
export const Affiliate = model
  .define("affiliate", {
    id: model.id({ prefix: "aff" }).primaryKey(),
    customer_id: model.text(),
    status: model.enum(["pending", "approved", "rejected", "suspended"]).default("pending"),
    name: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    pitch: model.text().nullable(),
    review_note: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    codes: model.hasMany(() => AffiliateCode, { mappedBy: "affiliate" }),
    links: model.hasMany(() => AffiliateLink, { mappedBy: "affiliate" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true }, { on: ["status"] }])
