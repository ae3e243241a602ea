import { model } from "@medusajs/framework/utils"
import { MarketOrder } from "./market-order"

/**
 * One checkout: the order Medusa completed from the cart (which carries the single payment) and the
 * market orders split from it.
 */
export const OrderGroup = model
  .define("market_order_group", {
    id: model.id({ prefix: "ordgrp" }).primaryKey(),
    cart_id: model.text(),
    checkout_order_id: model.text(),
    customer_id: model.text().nullable(),
    currency_code: model.text(),
    total: model.bigNumber(),
    market_orders: model.hasMany(() => MarketOrder, { mappedBy: "order_group" }),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["checkout_order_id"], where: "deleted_at IS NULL" },
  ])
