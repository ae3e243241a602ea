import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { outranks } from "../../../lib/member-roles"
import type { MemberRole } from "../../../lib/market-context"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

/** `actor_role` null means a platform admin, who may revoke anyone but the market's last owner. */
export type RevokeMarketMemberInput = { market_id: string; member_id: string; actor_role?: MemberRole | null }

/** Revokes a membership; the row stays so the user never becomes a platform admin by losing it. */
export const revokeMarketMemberStep = createStep(
  "revoke-market-member",
  async (input: RevokeMarketMemberInput, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const [member] = await service.listMarketMembers({ id: input.member_id, market_id: input.market_id, revoked_at: null })
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${input.member_id} was not found`)
    }
    if (input.actor_role && !outranks(input.actor_role, member.role)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only someone above a market ${member.role} can revoke one: ask the platform`)
    }
    if (member.role === "owner") {
      const owners = await service.listMarketMembers({ market_id: input.market_id, role: "owner", revoked_at: null }, { select: ["id"] })
      if (owners.length <= 1) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A market keeps at least one owner: add another owner before revoking this one")
      }
    }
    const updated = await service.updateMarketMembers({ id: member.id, revoked_at: new Date() })
    return new StepResponse(updated, { id: member.id, revoked_at: null })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<MarketModuleService>(MARKET_MODULE).updateMarketMembers(previous)
    }
  }
)
