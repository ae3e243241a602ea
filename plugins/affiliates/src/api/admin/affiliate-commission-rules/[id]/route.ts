import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCommissionRuleWorkflow, saveCommissionRuleWorkflow } from "../../../../workflows"
import { service } from "../../../helpers"
import type { SaveRuleType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<SaveRuleType>, res: MedusaResponse) => {
  await service(req.scope).retrieveAffiliateCommissionRule(req.params.id)
  const { result } = await saveCommissionRuleWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ rule: result })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await service(req.scope).retrieveAffiliateCommissionRule(req.params.id)
  await deleteCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "affiliate_commission_rule", deleted: true })
}
