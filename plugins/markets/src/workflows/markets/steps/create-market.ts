import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import { invalidateMarketCache } from "../../../lib/market-cache"
import type { CreateMarketInput } from "../types"

export const createMarketStep = createStep(
  "create-market",
  async (input: CreateMarketInput, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const [existing] = await service.listMarkets({ handle: input.handle }, { select: ["id"] })
    if (existing) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `A market with handle ${input.handle} already exists`)
    }
    const market = await service.createMarkets(input)
    invalidateMarketCache()
    return new StepResponse(market, market.id)
  },
  async (marketId, { container }) => {
    if (!marketId) {
      return
    }
    await container.resolve<MarketModuleService>(MARKET_MODULE).deleteMarkets(marketId)
    invalidateMarketCache()
  }
)
