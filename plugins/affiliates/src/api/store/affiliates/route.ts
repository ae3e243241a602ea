import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyAffiliateWorkflow } from "../../../workflows"
import { service } from "../../helpers"
import type { ApplyAffiliateType } from "../../validators"

/** A logged-in customer applies to become an affiliate (marketer). */
export const POST = async (req: AuthenticatedMedusaRequest<ApplyAffiliateType>, res: MedusaResponse) => {
  const { result } = await applyAffiliateWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: req.auth_context.actor_id } })
  res.status(201).json({ affiliate: await service(req.scope).retrieveAffiliate(result.id) })
}
