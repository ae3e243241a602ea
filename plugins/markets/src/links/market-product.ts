import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MarketModule from "../modules/market"

/** A product belongs to one market; a market has many products. */
export default defineLink(MarketModule.linkable.market, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
