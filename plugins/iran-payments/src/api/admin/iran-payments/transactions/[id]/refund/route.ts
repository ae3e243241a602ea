import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settleGatewayRefundWorkflow } from "../../../../../../workflows/gateway-payments/workflows/settle-gateway-refund"
import type { AdminSettleGatewayRefundType } from "../../validators"

/** Records the manual refund of a payment the gateway no longer reverses (`refund_required` → `refunded`). */
export async function POST(req: AuthenticatedMedusaRequest<AdminSettleGatewayRefundType>, res: MedusaResponse) {
  const { result } = await settleGatewayRefundWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context?.actor_id },
  })
  res.json({ gateway_transaction: result })
}
