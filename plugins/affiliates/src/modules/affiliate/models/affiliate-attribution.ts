import { model } from "@medusajs/framework/utils"

/**
 * Which affiliate a placed checkout was attributed to (at most one per order), and why it did or did
 * not earn: `commissioned`, or the rule that stopped it (`self`, `below_minimum`, `not_promotable`).
 */
export const AffiliateAttribution = model
  .define("affiliate_attribution", {
    id: model.id({ prefix: "affatt" }).primaryKey(),
    order_id: model.text(),
    cart_id: model.text().nullable(),
    affiliate_id: model.text(),
    click_id: model.text().nullable(),
    code: model.text(),
    source: model.enum(["link", "code"]),
    customer_id: model.text().nullable(),
    ip_hash: model.text().nullable(),
    card_hash: model.text().nullable(),
    outcome: model.text(),
  })
  .indexes([{ on: ["order_id"], unique: true }, { on: ["affiliate_id"] }, { on: ["ip_hash"] }, { on: ["card_hash"] }])
