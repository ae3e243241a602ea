import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { storeProductRoutesMiddlewares } from "@medusajs/medusa/api/store/products/middlewares"
import {
  AdminAcceptMarketInvitation,
  AdminAddMarketMember,
  AdminCreateMarket,
  AdminInviteMarketMember,
  AdminLinkMarketProducts,
  AdminListMarkets,
  AdminSetCurrentMarket,
  AdminUpdateMarket,
} from "./admin/markets/validators"
import { adminMarketIsolation } from "./middlewares/admin-isolation"
import { assignMarketCartChannel } from "./middlewares/store-cart-market"
import { memberDashboard } from "./middlewares/member-dashboard"
import { scopeStoreToMarketParam } from "./middlewares/scope-store-to-market-param"
import { storeMarketScope } from "./middlewares/store-market-scope"
import { allowMarketFieldsOnStoreProductRoutes, allowStoreProductMarketFields } from "./middlewares/store-product-market-fields"
import { StoreApplyForMarket, StoreListMarkets } from "./store/markets/validators"

const storeProductList = storeProductRoutesMiddlewares.find(
  (route) => route.matcher === "/store/products" && [route.method].flat().includes("GET")
)

const storeRoutes: MiddlewareRoute[] = [
  { matcher: "/store/*", middlewares: [storeMarketScope] },
  // Who sells a product: its market's public fields on the store product routes. No method, so it runs
  // before Medusa's route middlewares validate the query.
  { matcher: "/store/products", middlewares: [allowMarketFieldsOnStoreProductRoutes] },
  // after Medusa's own cart-create middlewares (validated body, the key's channel): the market's channel
  { method: ["POST"], matcher: "/store/carts", middlewares: [assignMarketCartChannel] },
  { method: ["GET"], matcher: "/store/markets", middlewares: [validateAndTransformQuery(StoreListMarkets, {})] },
  {
    method: ["POST"],
    matcher: "/store/markets",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreApplyForMarket)],
  },
  {
    method: ["GET"],
    matcher: "/store/markets/:handle/products",
    middlewares: [scopeStoreToMarketParam, allowStoreProductMarketFields, ...(storeProductList?.middlewares ?? [])],
  },
]

const adminRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/*", middlewares: [adminMarketIsolation] },
  // after isolation (same matcher, registered next): scoped answers to the dashboard's background calls
  { matcher: "/admin/*", middlewares: [memberDashboard] },
  { method: ["GET"], matcher: "/admin/markets", middlewares: [validateAndTransformQuery(AdminListMarkets, {})] },
  { method: ["POST"], matcher: "/admin/markets", middlewares: [validateAndTransformBody(AdminCreateMarket)] },
  { method: ["POST"], matcher: "/admin/markets/me", middlewares: [validateAndTransformBody(AdminSetCurrentMarket)] },
  { method: ["POST"], matcher: "/admin/markets/:id", middlewares: [validateAndTransformBody(AdminUpdateMarket)] },
  { method: ["POST"], matcher: "/admin/markets/:id/members", middlewares: [validateAndTransformBody(AdminAddMarketMember)] },
  { method: ["POST"], matcher: "/admin/markets/:id/invitations", middlewares: [validateAndTransformBody(AdminInviteMarketMember)] },
  { method: ["POST"], matcher: "/admin/markets/:id/products", middlewares: [validateAndTransformBody(AdminLinkMarketProducts)] },
  {
    method: ["POST"],
    matcher: "/admin/market-invitations/accept",
    middlewares: [
      authenticate("user", ["session", "bearer"], { allowUnregistered: true }),
      validateAndTransformBody(AdminAcceptMarketInvitation),
    ],
  },
  // Lets market staff's product creations carry their market (see the products-created hook).
  {
    method: ["POST"],
    matcher: "/admin/products",
    additionalDataValidator: { market_id: z.string().optional() },
  },
]

export default defineMiddlewares({ routes: [...storeRoutes, ...adminRoutes] })
