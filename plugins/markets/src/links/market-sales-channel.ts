import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import MarketModule from "../modules/market"

/** A market's storefront catalogue: its own sales channel. */
export default defineLink(
  { linkable: MarketModule.linkable.market, field: "sales_channel_id" },
  SalesChannelModule.linkable.salesChannel,
  { readOnly: true }
)
