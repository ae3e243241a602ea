import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"

/** A market's promotion setting: the row to create, or the existing one to update. */
export const planMarketSettingStep = createStep(
  "plan-affiliate-market-setting",
  async (input: { market_id: string; promotable: boolean }, { container }) => {
    const [existing] = await container.resolve<AffiliateModuleService>(AFFILIATE_MODULE).listAffiliateMarketSettings({ market_id: input.market_id })
    return new StepResponse<{ create: Record<string, unknown>[]; update: ({ id: string } & Record<string, unknown>)[] }>(existing ? { create: [], update: [{ id: existing.id, promotable: input.promotable }] } : { create: [input], update: [] })
  }
)
