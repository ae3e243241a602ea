import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

export type SetCurrentMarketInput = { user_id: string; market_id: string | null }

/** Marks the member's chosen market (or none: all their markets) for the admin's market switcher. */
export const setCurrentMarketStep = createStep(
  "set-current-market",
  async (input: SetCurrentMarketInput, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const memberships = await service.listMarketMembers({ user_id: input.user_id, revoked_at: null })
    if (input.market_id && !memberships.some((m) => (m as { market_id: string }).market_id === input.market_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Market with id: ${input.market_id} was not found`)
    }
    const previous = memberships.map((m) => ({ id: m.id, is_current: m.is_current }))
    await service.updateMarketMembers(
      memberships.map((m) => ({ id: m.id, is_current: (m as { market_id: string }).market_id === input.market_id }))
    )
    return new StepResponse(input.market_id, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await container.resolve<MarketModuleService>(MARKET_MODULE).updateMarketMembers(previous)
    }
  }
)
