import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectTierApplicationWorkflow } from "../../../../../../workflows/pricing-tiers/workflows/reject-tier-application"
import type { AdminReviewApplicationType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewApplicationType>, res: MedusaResponse) => {
  const { result } = await rejectTierApplicationWorkflow(req.scope).run({
    input: { id: req.params.id, review_note: req.validatedBody.review_note, reviewed_by: req.auth_context.actor_id },
  })
  res.json({ application: result })
}
