import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAffiliateCodeWorkflow } from "../../../../../workflows"
import { affiliateOfCustomer } from "../../../../../lib/affiliate-of"
import { service } from "../../../../helpers"
import type { CreateCodeType } from "../../../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const mine = await affiliateOfCustomer(req.scope, req.auth_context.actor_id, false)
  res.json({ codes: await service(req.scope).listAffiliateCodes({ affiliate_id: mine.id }, { order: { created_at: "ASC" } }) })
}

export const POST = async (req: AuthenticatedMedusaRequest<CreateCodeType>, res: MedusaResponse) => {
  const { result } = await createAffiliateCodeWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, code: req.validatedBody.code } })
  res.status(201).json({ code: result })
}
