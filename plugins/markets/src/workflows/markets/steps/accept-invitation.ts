import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

export const acceptInvitationStep = createStep(
  "accept-invitation",
  async (input: { id: string }, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    await service.updateMarketInvitations({ id: input.id, accepted_at: new Date() })
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MarketModuleService>(MARKET_MODULE).updateMarketInvitations({ id, accepted_at: null })
    }
  }
)
