import { model } from "@medusajs/framework/utils"

/** A market's choice whether affiliates may promote its products (yes unless it said no). */
export const AffiliateMarketSetting = model
  .define("affiliate_market_setting", {
    id: model.id({ prefix: "affmkt" }).primaryKey(),
    market_id: model.text(),
    promotable: model.boolean().default(true),
  })
  .indexes([{ on: ["market_id"], unique: true }])
