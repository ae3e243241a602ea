import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startSplitPaymentWorkflow } from "../../../../../workflows"
import type { StartSplitPaymentType } from "../../../../validators"

/**
 * Pays the cart partly from the customer's wallet and the rest at a gateway. Answers with both
 * sessions; send the browser to `gateway.data.redirect`. The gateway's return completes the cart.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StartSplitPaymentType>, res: MedusaResponse) => {
  const { result } = await startSplitPaymentWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      wallet_amount: req.validatedBody.wallet_amount,
      provider_id: req.validatedBody.provider_id,
      data: req.validatedBody.data,
    },
  })
  res.json({ payment_sessions: result })
}
