import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { MarketStatus, SetMarketStatusInput } from "../types"

/** pending → active ↔ suspended → closed; closed is final. */
const ALLOWED: Record<MarketStatus, MarketStatus[]> = {
  pending: ["active", "closed"],
  active: ["suspended", "closed"],
  suspended: ["active", "closed"],
  closed: [],
}

export const validateMarketTransitionStep = createStep(
  "validate-market-transition",
  async (input: SetMarketStatusInput, { container }) => {
    const market = await container.resolve<MarketModuleService>(MARKET_MODULE).retrieveMarket(input.id)
    const from = market.status as MarketStatus
    if (!ALLOWED[from].includes(input.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${from} market cannot become ${input.status}`)
    }
    return new StepResponse(from)
  }
)

