import type { MedusaContainer } from "@medusajs/framework/types"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../modules/affiliate"

/** Markets that said their products may not be promoted (a market that said nothing may be). */
export async function unpromotableMarkets(container: MedusaContainer, marketIds: string[]): Promise<Set<string>> {
  if (!marketIds.length) {
    return new Set()
  }
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const settings = await service.listAffiliateMarketSettings({ market_id: marketIds, promotable: false })
  return new Set(settings.map((setting) => setting.market_id))
}
