import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"

/** A claimed commission's payout facts (null when another run claimed it): who pays (its market), who earns, how much (whole rials). */
export const loadCommissionStep = createStep("load-affiliate-commission", async (input: { id: string; claimed: string[] }, { container }) => {
  if (!input.claimed.includes(input.id)) {
    return new StepResponse(null)
  }
  const commission = await container.resolve<AffiliateModuleService>(AFFILIATE_MODULE).retrieveAffiliateCommission(input.id)
  return new StepResponse({
    id: commission.id,
    affiliate_id: commission.affiliate_id,
    market_id: commission.market_id,
    order_id: commission.order_id,
    currency_code: commission.currency_code,
    amount: MathBN.convert(commission.amount).toFixed(0),
  })
})
