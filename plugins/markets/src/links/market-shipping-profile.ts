import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import MarketModule from "../modules/market"

/**
 * A market's shipping profile: its products use it, so Medusa asks a cart for one shipping method
 * per market, and the split checkout knows which market each shipping method belongs to.
 */
export default defineLink(
  { linkable: MarketModule.linkable.market, field: "shipping_profile_id" },
  FulfillmentModule.linkable.shippingProfile,
  { readOnly: true }
)
