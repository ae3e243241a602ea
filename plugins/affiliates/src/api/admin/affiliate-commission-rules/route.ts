import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveCommissionRuleWorkflow } from "../../../workflows"
import { service } from "../../helpers"
import type { ListRulesType, SaveRuleType } from "../../validators"
import { memberMarketIds } from "../scope"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListRulesType>, res: MedusaResponse) => {
  const own = memberMarketIds(req)
  const query = own ? { ...req.validatedQuery, market_id: req.validatedQuery.market_id ? own.filter((id) => id === req.validatedQuery.market_id) : own } : req.validatedQuery
  const filters = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined))
  res.json({ rules: await service(req.scope).listAffiliateCommissionRules(filters, { order: { created_at: "ASC" } }) })
}

/** Creates a rule, or updates the one already covering that scope and target. */
export const POST = async (req: AuthenticatedMedusaRequest<SaveRuleType>, res: MedusaResponse) => {
  const { result } = await saveCommissionRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ rule: result })
}
