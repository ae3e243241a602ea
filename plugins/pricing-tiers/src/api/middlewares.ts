import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPricingTiersMiddlewares } from "./admin/pricing-tiers/middlewares"
import { storeCartGuardMiddlewares } from "./store/carts/middlewares"
import { storePricingTiersMiddlewares } from "./store/pricing-tiers/middlewares"

export default defineMiddlewares({
  routes: [...storePricingTiersMiddlewares, ...storeCartGuardMiddlewares, ...adminPricingTiersMiddlewares],
})
