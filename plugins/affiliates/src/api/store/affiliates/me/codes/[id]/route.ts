import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateAffiliateCodeWorkflow } from "../../../../../../workflows"
import type { UpdateCodeType } from "../../../../../validators"

/** Disable (or enable again) one of my codes. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateCodeType>, res: MedusaResponse) => {
  const { result } = await updateAffiliateCodeWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, id: req.params.id, disabled: req.validatedBody.disabled },
  })
  res.json({ code: result })
}
