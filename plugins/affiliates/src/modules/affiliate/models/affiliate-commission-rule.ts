import { model } from "@medusajs/framework/utils"

/**
 * A commission rule. Most specific first: `product` and `category` (of a market), `market`,
 * `affiliate` (an override for one affiliate, any market), `default` (the platform's). `percent`
 * takes `value`% of the line's subtotal after discounts; `fixed` pays `value` per unit; `cap` limits
 * one line's commission.
 */
export const AffiliateCommissionRule = model
  .define("affiliate_commission_rule", {
    id: model.id({ prefix: "affrule" }).primaryKey(),
    scope: model.enum(["product", "category", "market", "affiliate", "default"]),
    market_id: model.text().nullable(),
    target_id: model.text().nullable(),
    type: model.enum(["percent", "fixed"]),
    value: model.bigNumber(),
    cap: model.bigNumber().nullable(),
  })
  .indexes([{ on: ["scope", "market_id", "target_id"] }])
