import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateMarketCache } from "../../../lib/market-cache"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { UpdateMarketInput } from "../types"

/** Updates one market, remembering the fields it replaced so compensation can put them back. */
export const updateMarketStep = createStep(
  "update-market",
  async (input: UpdateMarketInput, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const before = await service.retrieveMarket(input.id)
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of Object.keys(input)) {
      previous[key] = (before as Record<string, unknown>)[key]
    }
    const market = await service.updateMarkets(input)
    invalidateMarketCache()
    return new StepResponse(market, previous as UpdateMarketInput)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<MarketModuleService>(MARKET_MODULE).updateMarkets(previous)
    invalidateMarketCache()
  }
)
