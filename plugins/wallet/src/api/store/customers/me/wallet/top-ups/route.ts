import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createTopUpWorkflow } from "../../../../../../workflows"
import type { CreateTopUpType } from "../../../../../validators"

/**
 * Starts a top-up through a gateway. The answer carries the payment session, whose `data.redirect`
 * (for the Iranian gateways) sends the browser to the bank.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CreateTopUpType>, res: MedusaResponse) => {
  const { result } = await createTopUpWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      amount: req.validatedBody.amount,
      currency_code: req.validatedBody.currency_code,
      provider_id: req.validatedBody.provider_id,
      data: req.validatedBody.data,
    },
  })
  res.status(201).json(result)
}
