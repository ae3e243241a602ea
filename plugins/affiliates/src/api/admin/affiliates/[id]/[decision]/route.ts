import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { decideAffiliateWorkflow } from "../../../../../workflows"
import type { DecideType } from "../../../../validators"

const DECISIONS = ["approve", "reject", "suspend", "reinstate"] as const

/** `POST /admin/affiliates/:id/approve|reject|suspend|reinstate` `{ review_note? }` */
export const POST = async (req: AuthenticatedMedusaRequest<DecideType>, res: MedusaResponse) => {
  const decision = DECISIONS.find((d) => d === req.params.decision)
  if (!decision) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown decision ${req.params.decision}`)
  }
  const { result } = await decideAffiliateWorkflow(req.scope).run({
    input: { id: req.params.id, decision, review_note: req.validatedBody.review_note, actor_id: req.auth_context.actor_id },
  })
  res.json({ affiliate: result })
}
