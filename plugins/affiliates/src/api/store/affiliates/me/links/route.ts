import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAffiliateLinkWorkflow } from "../../../../../workflows"
import { affiliateOfCustomer } from "../../../../../lib/affiliate-of"
import { service } from "../../../../helpers"
import type { CreateLinkType } from "../../../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const mine = await affiliateOfCustomer(req.scope, req.auth_context.actor_id, false)
  res.json({ links: await service(req.scope).listAffiliateLinks({ affiliate_id: mine.id }, { order: { created_at: "ASC" } }) })
}

export const POST = async (req: AuthenticatedMedusaRequest<CreateLinkType>, res: MedusaResponse) => {
  const { result } = await createAffiliateLinkWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: req.auth_context.actor_id } })
  res.status(201).json({ link: result })
}
