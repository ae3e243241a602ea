import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { reviewAffiliateCommissionWorkflow } from "../../../../../workflows"
import { commissionView } from "../../../../helpers"
import type { DecideType } from "../../../../validators"

/** `POST /admin/affiliate-commissions/:id/approve|reject` decides a flagged commission. */
export const POST = async (req: AuthenticatedMedusaRequest<DecideType>, res: MedusaResponse) => {
  const decision = (["approve", "reject"] as const).find((d) => d === req.params.decision)
  if (!decision) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown decision ${req.params.decision}`)
  }
  const { result } = await reviewAffiliateCommissionWorkflow(req.scope).run({ input: { id: req.params.id, decision, note: req.validatedBody.review_note } })
  res.json({ commission: commissionView(result as unknown as Record<string, unknown>) })
}
