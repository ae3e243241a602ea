import { model } from "@medusajs/framework/utils"
import { Affiliate } from "./affiliate"

/** A human code (`NIMA10`); stored lower-cased so codes are unique regardless of case. */
export const AffiliateCode = model
  .define("affiliate_code", {
    id: model.id({ prefix: "affcode" }).primaryKey(),
    affiliate: model.belongsTo(() => Affiliate, { mappedBy: "codes" }),
    code: model.text(),
    disabled_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["code"], unique: true }])
