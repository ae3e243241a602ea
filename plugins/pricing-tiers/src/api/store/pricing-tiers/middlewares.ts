import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreApplyForTier, StoreTierPricesParams, StoreTierProductsParams } from "./validators"

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storePricingTiersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/pricing-tiers", middlewares: [optionalCustomer] },
  {
    method: ["GET"],
    matcher: "/store/pricing-tiers/products",
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreTierProductsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/pricing-tiers/products/:id",
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreTierPricesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/pricing-tiers/applications",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/pricing-tiers/applications",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreApplyForTier)],
  },
]
