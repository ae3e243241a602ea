import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { PRICES_CHANGED_CODE, PRICES_CHANGED_MESSAGE } from "../../../lib/constants"
import { repriceCartIfStaleWorkflow } from "../../../workflows/pricing-tiers/workflows/reprice-cart-if-stale"

/**
 * Checkout guard, before Medusa's completeCartWorkflow runs (its `validate` hook refuses stale prices
 * on every other completion path, see workflows/hooks/complete-cart-stale-prices.ts): a line priced by a list that has since expired, or by a tier the customer has
 * left, is re-priced, and the completion is refused with 409 so the shopper sees the new total first.
 * Answered here rather than thrown: Medusa's error handler replaces the message of a CONFLICT error.
 */
async function repriceBeforeComplete(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { result } = await repriceCartIfStaleWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
    if (!result.repriced.length) {
      return next()
    }
    res.status(409).json({
      type: PRICES_CHANGED_CODE,
      message: PRICES_CHANGED_MESSAGE,
      repriced: result.repriced,
    })
  } catch (error) {
    next(error)
  }
}

export const storeCartGuardMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [repriceBeforeComplete] },
]
