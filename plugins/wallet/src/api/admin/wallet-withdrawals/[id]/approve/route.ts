import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveWithdrawalWorkflow } from "../../../../../workflows"
import type { ApproveWithdrawalType } from "../../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<ApproveWithdrawalType>, res: MedusaResponse) => {
  const { result } = await approveWithdrawalWorkflow(req.scope).run({
    input: { id: req.params.id, bank_reference: req.validatedBody.bank_reference, actor_id: req.auth_context.actor_id },
  })
  res.json({ withdrawal: result })
}
