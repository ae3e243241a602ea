import { model } from "@medusajs/framework/utils"
import { Affiliate } from "./affiliate"

/** A shareable link: a target (the marketplace, a market, a category or a product) plus `?ref=<code>`. */
export const AffiliateLink = model
  .define("affiliate_link", {
    id: model.id({ prefix: "afflink" }).primaryKey(),
    affiliate: model.belongsTo(() => Affiliate, { mappedBy: "links" }),
    code: model.text(),
    target_type: model.enum(["marketplace", "market", "category", "product"]),
    target_id: model.text().nullable(),
    market_id: model.text().nullable(),
    path: model.text(),
    disabled_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["code"] }])
