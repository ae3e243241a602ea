import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

/** The key a gateway session's data carries its payment collection under (written by us, never the client). */
export const PAYMENT_COLLECTION_KEY = "payment_collection_id"

type WithData = { data?: Record<string, unknown> } | undefined

/**
 * Medusa deletes a cart's payment session when another one is created (a second tab) or the cart
 * changes (an item added while the shopper is at the bank), and gives the provider no way to know the
 * collection. Putting it in the session data lets the return route recognise a payment made on a
 * replaced session and send the shopper back to their cart. Any value the client sent is overwritten.
 */
function stampPaymentCollection(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const id = req.params.id
  for (const body of [req.body as WithData, (req as { validatedBody?: WithData }).validatedBody]) {
    if (body && typeof body === "object") {
      body.data = { ...(body.data ?? {}), [PAYMENT_COLLECTION_KEY]: id }
    }
  }
  next()
}

export const storePaymentCollectionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [stampPaymentCollection],
  },
]
