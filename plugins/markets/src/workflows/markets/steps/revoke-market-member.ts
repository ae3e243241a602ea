import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

export type RevokeMarketMemberInput = { market_id: string; member_id: string }

/** Revokes a membership; the row stays so the user never becomes a platform admin by losing it. */
export const revokeMarketMemberStep = createStep(
  "revoke-market-member",
  async (input: RevokeMarketMemberInput, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const [member] = await service.listMarketMembers({ id: input.member_id, market_id: input.market_id })
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${input.member_id} was not found`)
    }
    const updated = await service.updateMarketMembers({ id: member.id, revoked_at: new Date() })
    return new StepResponse(updated, { id: member.id, revoked_at: member.revoked_at ?? null })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<MarketModuleService>(MARKET_MODULE).updateMarketMembers(previous)
    }
  }
)
