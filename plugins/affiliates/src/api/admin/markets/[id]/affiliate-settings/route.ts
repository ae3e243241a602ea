import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setMarketPromotableWorkflow } from "../../../../../workflows"
import { service } from "../../../../helpers"
import type { MarketSettingType } from "../../../../validators"

/** Whether affiliates may promote this market's products (yes until the market says no). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [setting] = await service(req.scope).listAffiliateMarketSettings({ market_id: req.params.id })
  res.json({ affiliate_settings: { market_id: req.params.id, promotable: setting?.promotable ?? true } })
}

export const POST = async (req: AuthenticatedMedusaRequest<MarketSettingType>, res: MedusaResponse) => {
  await setMarketPromotableWorkflow(req.scope).run({ input: { market_id: req.params.id, promotable: req.validatedBody.promotable } })
  res.json({ affiliate_settings: { market_id: req.params.id, promotable: req.validatedBody.promotable } })
}
