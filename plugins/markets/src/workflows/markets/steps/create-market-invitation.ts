import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { MemberRole } from "../types"

export type CreateMarketInvitationInput = {
  market_id: string
  email: string
  role: MemberRole
  /** The inviting admin user, if any (an owner may later add only users they invited). */
  invited_by?: string
}

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

export const createMarketInvitationStep = createStep(
  "create-market-invitation",
  async (input: CreateMarketInvitationInput, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const invitation = await service.createMarketInvitations({
      market_id: input.market_id,
      email: input.email.toLowerCase(),
      role: input.role,
      invited_by: input.invited_by ?? null,
      token: randomBytes(24).toString("base64url"),
      expires_at: new Date(Date.now() + INVITATION_TTL_MS),
    })
    return new StepResponse(invitation, invitation.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MarketModuleService>(MARKET_MODULE).deleteMarketInvitations(id)
    }
  }
)
