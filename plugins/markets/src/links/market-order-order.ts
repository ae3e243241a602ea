import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketModule from "../modules/market"

/** A market order record (market, group, commission) and the Medusa order it describes. */
export default defineLink(
  { linkable: MarketModule.linkable.marketOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
