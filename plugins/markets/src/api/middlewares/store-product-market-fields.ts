import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * What a marketplace storefront needs of a product beyond Medusa's store fields: the public fields of
 * its market (`fields=+market.handle,+market.name`), to show who sells it and group a cart by market,
 * and its shipping profile, because a cart needs one shipping method per profile (a market's products
 * use the market's own). Only these: `*market` is stripped like any field not allowed.
 */
export const STORE_PRODUCT_MARKET_FIELDS = ["market.id", "market.handle", "market.name", "market.city", "shipping_profile.id"]

type RequestWithAllowed = MedusaRequest & { allowed?: string[] }

/** Adds the market fields to what the route's `validateAndTransformQuery` allows; must run before it. */
export function allowStoreProductMarketFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const request = req as RequestWithAllowed
  request.allowed = [...(request.allowed ?? []), ...STORE_PRODUCT_MARKET_FIELDS]
  next()
}

const PRODUCT_ROUTES = /^\/store\/products(?:\/[^/]+)?\/?$/

/**
 * For Medusa's own `GET /store/products` and `GET /store/products/:id`. Registered without a method,
 * so Medusa runs it with the global middlewares, before the routes' own query validation; it leaves
 * every other route under /store/products alone (an `allowed` list would narrow their fields).
 */
export function allowMarketFieldsOnStoreProductRoutes(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  if (req.method === "GET" && PRODUCT_ROUTES.test(path)) {
    return allowStoreProductMarketFields(req, res, next)
  }
  next()
}
