import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { repriceCartIfStaleWorkflow } from "../../../workflows/pricing-tiers/workflows/reprice-cart-if-stale"

/**
 * Checkout guard, before Medusa's completeCartWorkflow runs (its hooks take one handler each, which
 * other plugins use): a line priced by a list that has since expired, or by a tier the customer has
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
      type: "prices_changed",
      message: "Prices in your cart have changed since it was priced. Review the cart and pay the updated total.",
      repriced: result.repriced,
    })
  } catch (error) {
    next(error)
  }
}

export const storeCartGuardMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [repriceBeforeComplete] },
]
