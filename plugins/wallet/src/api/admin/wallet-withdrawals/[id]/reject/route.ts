import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectWithdrawalWorkflow } from "../../../../../workflows"
import type { RejectWithdrawalType } from "../../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<RejectWithdrawalType>, res: MedusaResponse) => {
  const { result } = await rejectWithdrawalWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  res.json({ withdrawal: result })
}
