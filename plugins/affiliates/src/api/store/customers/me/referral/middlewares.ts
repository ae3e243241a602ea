import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { ApplyReferralCode, ListReferralRewardsParams } from "./validators"

export const storeReferralMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/referral*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { matcher: "/store/customers/me/referral", methods: ["POST"], middlewares: [validateAndTransformBody(ApplyReferralCode)] },
  {
    matcher: "/store/customers/me/referral/rewards",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListReferralRewardsParams, {})],
  },
]
