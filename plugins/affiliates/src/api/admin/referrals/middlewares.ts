import { validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListReferralsParams } from "./validators"

export const adminReferralMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/referrals", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReferralsParams, {})] },
]
