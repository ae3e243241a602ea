import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  ApplyAffiliate,
  CartAffiliate,
  CreateCode,
  CreateLink,
  Decide,
  ListAffiliates,
  ListCommissions,
  ListRules,
  MarketSetting,
  SaveRule,
  TrackClick,
  UpdateCode,
} from "./validators"
import { adminReferralMiddlewares } from "./admin/referrals/middlewares"
import { storeReferralMiddlewares } from "./store/customers/me/referral/middlewares"

const customer = authenticate("customer", ["session", "bearer"])
const body = (matcher: string, schema: Parameters<typeof validateAndTransformBody>[0], methods: MiddlewareRoute["methods"] = ["POST"]): MiddlewareRoute => ({
  matcher,
  methods,
  middlewares: [validateAndTransformBody(schema)],
})
const query = (matcher: string, schema: Parameters<typeof validateAndTransformQuery>[0]): MiddlewareRoute => ({
  matcher,
  methods: ["GET"],
  middlewares: [validateAndTransformQuery(schema, {})],
})

export const affiliateMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/affiliates", methods: ["POST"], middlewares: [customer, validateAndTransformBody(ApplyAffiliate)] },
  { matcher: "/store/affiliates/me*", middlewares: [customer] },
  body("/store/affiliates/me/codes", CreateCode),
  body("/store/affiliates/me/codes/:id", UpdateCode),
  body("/store/affiliates/me/links", CreateLink),
  query("/store/affiliates/me/commissions", ListCommissions),
  body("/store/affiliates/track", TrackClick),
  body("/store/carts/:id/affiliate", CartAffiliate),
  query("/admin/affiliates", ListAffiliates),
  body("/admin/affiliates/:id/:decision", Decide),
  query("/admin/affiliate-commissions", ListCommissions),
  body("/admin/affiliate-commissions/:id/:decision", Decide),
  query("/admin/affiliate-commission-rules", ListRules),
  body("/admin/affiliate-commission-rules", SaveRule),
  body("/admin/affiliate-commission-rules/:id", SaveRule),
  body("/admin/markets/:id/affiliate-settings", MarketSetting),
]

export default defineMiddlewares({ routes: [...affiliateMiddlewares, ...storeReferralMiddlewares, ...adminReferralMiddlewares] })
