import { defineLink } from "@medusajs/framework/utils"
import ApiKeyModule from "@medusajs/medusa/api-key"
import MarketModule from "../modules/market"

/** The publishable key a market's own storefront uses. */
export default defineLink(
  { linkable: MarketModule.linkable.market, field: "publishable_key_id" },
  ApiKeyModule.linkable.apiKey,
  { readOnly: true }
)
