import { model } from "@medusajs/framework/utils"
import { Market } from "./market"
import { OrderGroup } from "./order-group"

/**
 * A market's order and the platform's commission on it: what the wallet reads to credit the market
 * with `total - commission_amount`.
 */
export const MarketOrder = model
  .define("market_order", {
    id: model.id({ prefix: "mktord" }).primaryKey(),
    order_id: model.text(),
    currency_code: model.text(),
    total: model.bigNumber(),
    commission_rate: model.bigNumber(),
    commission_amount: model.bigNumber(),
    market: model.belongsTo(() => Market, { mappedBy: "orders" }),
    order_group: model.belongsTo(() => OrderGroup, { mappedBy: "market_orders" }),
  })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
