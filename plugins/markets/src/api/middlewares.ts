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
import { scopeStoreToMarketParam } from "./middlewares/scope-store-to-market-param"
import { storeMarketScope } from "./middlewares/store-market-scope"
import { StoreApplyForMarket, StoreListMarkets } from "./store/markets/validators"

const storeProductList = storeProductRoutesMiddlewares.find(
  (route) => route.matcher === "/store/products" && [route.method].flat().includes("GET")
)

const storeRoutes: MiddlewareRoute[] = [
  { matcher: "/store/*", middlewares: [storeMarketScope] },
  { method: ["GET"], matcher: "/store/markets", middlewares: [validateAndTransformQuery(StoreListMarkets, {})] },
  {
    method: ["POST"],
    matcher: "/store/markets",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreApplyForMarket)],
  },
  {
    method: ["GET"],
    matcher: "/store/markets/:handle/products",
    middlewares: [scopeStoreToMarketParam, ...(storeProductList?.middlewares ?? [])],
  },
]

const adminRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/*", middlewares: [adminMarketIsolation] },
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
