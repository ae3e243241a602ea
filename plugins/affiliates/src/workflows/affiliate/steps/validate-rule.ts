import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, MathBN } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"

export type RuleInput = {
  id?: string
  scope: "product" | "category" | "market" | "affiliate" | "default"
  market_id?: string | null
  target_id?: string | null
  type: "percent" | "fixed"
  value: number
  cap?: number | null
}

/**
 * One rule per scope and target: product and category rules belong to a market and name their
 * target; a market rule names the market; an override names the affiliate; the default names
 * nothing. A percentage is at most 100. Saving a rule that exists updates it.
 */
export const validateRuleStep = createStep("validate-affiliate-commission-rule", async (input: RuleInput, { container }) => {
  const needsMarket = ["product", "category", "market"].includes(input.scope)
  const needsTarget = ["product", "category", "affiliate"].includes(input.scope)
  if (needsMarket !== !!input.market_id || needsTarget !== !!input.target_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A ${input.scope} rule ${needsMarket ? "needs" : "takes no"} market_id and ${needsTarget ? "needs" : "takes no"} target_id`)
  }
  if (input.type === "percent" && MathBN.gt(input.value, 100)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A percentage is at most 100")
  }
  const rule = { scope: input.scope, market_id: input.market_id ?? null, target_id: input.target_id ?? null, type: input.type, value: input.value, cap: input.cap ?? null }
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const [same] = await service.listAffiliateCommissionRules({ scope: rule.scope, market_id: rule.market_id, target_id: rule.target_id })
  if (input.id && same && same.id !== input.id) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Rule ${same.id} already covers this ${input.scope}`)
  }
  const id = input.id ?? same?.id
  return new StepResponse<{ create: Record<string, unknown>[]; update: ({ id: string } & Record<string, unknown>)[] }>(id ? { create: [], update: [{ id, ...rule }] } : { create: [rule], update: [] })
})
