import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { MemberRole } from "../types"

export type CreateMarketMembersInput = { market_id: string; user_id: string; role: MemberRole }[]

/**
 * Adds members; a user already in the market (even revoked) gets the new role and is reinstated.
 * A platform admin is never made a market's staff: that would mix platform rights into one market.
 */
export const createMarketMembersStep = createStep(
  "create-market-members",
  async (input: CreateMarketMembersInput, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const admins = await service.listPlatformAdmins({ user_id: input.map((entry) => entry.user_id) })
    if (admins.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A platform admin cannot be made a member of a market")
    }
    const created: string[] = []
    const restored: { id: string; role: MemberRole; revoked_at: Date | null }[] = []
    const members = []
    for (const entry of input) {
      const [existing] = await service.listMarketMembers({ market_id: entry.market_id, user_id: entry.user_id })
      if (existing) {
        restored.push({ id: existing.id, role: existing.role as MemberRole, revoked_at: existing.revoked_at ?? null })
        members.push(await service.updateMarketMembers({ id: existing.id, role: entry.role, revoked_at: null }))
      } else {
        const member = await service.createMarketMembers({ market_id: entry.market_id, user_id: entry.user_id, role: entry.role })
        created.push(member.id)
        members.push(member)
      }
    }
    return new StepResponse(members, { created, restored })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    if (compensation.created.length) {
      await service.deleteMarketMembers(compensation.created)
    }
    for (const previous of compensation.restored) {
      await service.updateMarketMembers(previous)
    }
  }
)
