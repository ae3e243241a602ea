import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fractionalAmountReason } from "../lib/whole-amounts"

/**
 * A payment session for a fraction of a rial would be refused by every gateway (and paid as is by the
 * system provider): answer 400 with the reason before the shopper reaches a gateway.
 */
async function refuseFractionalCollection(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "payment_collection",
      fields: ["id", "amount", "currency_code"],
      filters: { id: req.params.id },
    })
    const collection = data[0] as { amount?: number; currency_code?: string } | undefined
    const reason = fractionalAmountReason(collection?.amount, collection?.currency_code)
    if (reason) {
      return res.status(400).json({ type: "invalid_data", code: "fractional_amount", message: reason })
    }
    next()
  } catch (error) {
    next(error)
  }
}

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [refuseFractionalCollection] },
  ],
})
