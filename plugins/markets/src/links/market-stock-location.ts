import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import MarketModule from "../modules/market"

/** The warehouse a market ships from; its inventory levels live here. */
export default defineLink(
  { linkable: MarketModule.linkable.market, field: "stock_location_id" },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true }
)
