import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundToWalletWorkflow } from "../../../../../workflows"
import { idempotencyKey } from "../../../../helpers"
import type { RefundToWalletType } from "../../../../validators"

/** Refunds part or all of an order's captured payment to the customer's wallet. */
export const POST = async (req: AuthenticatedMedusaRequest<RefundToWalletType>, res: MedusaResponse) => {
  const { result: entry } = await refundToWalletWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      amount: req.validatedBody.amount,
      note: req.validatedBody.note,
      actor_id: req.auth_context.actor_id,
      idempotency_key: idempotencyKey(req.validatedBody.idempotency_key, req.headers["idempotency-key"]),
    },
  })
  res.status(201).json({ entry })
}
