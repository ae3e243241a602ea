import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreatePricingTier,
  AdminListApplicationsParams,
  AdminReviewApplication,
  AdminSetTierPrices,
  AdminSyncSaleMirrors,
  AdminTierPriceGridParams,
  AdminUpdatePricingTier,
} from "./validators"

// /admin/* is already behind Medusa's admin authentication.
export const adminPricingTiersMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/pricing-tiers", middlewares: [validateAndTransformBody(AdminCreatePricingTier)] },
  { method: ["POST"], matcher: "/admin/pricing-tiers/:id", middlewares: [validateAndTransformBody(AdminUpdatePricingTier)] },
  {
    method: ["GET"],
    matcher: "/admin/pricing-tiers/products/:id/prices",
    middlewares: [validateAndTransformQuery(AdminTierPriceGridParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/pricing-tiers/products/:id/prices",
    middlewares: [validateAndTransformBody(AdminSetTierPrices)],
  },
  {
    method: ["POST"],
    matcher: "/admin/pricing-tiers/sale-mirrors/sync",
    middlewares: [validateAndTransformBody(AdminSyncSaleMirrors)],
  },
  {
    method: ["GET"],
    matcher: "/admin/pricing-tiers/applications",
    middlewares: [validateAndTransformQuery(AdminListApplicationsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/pricing-tiers/applications/:id/approve",
    middlewares: [validateAndTransformBody(AdminReviewApplication)],
  },
  {
    method: ["POST"],
    matcher: "/admin/pricing-tiers/applications/:id/reject",
    middlewares: [validateAndTransformBody(AdminReviewApplication)],
  },
]
