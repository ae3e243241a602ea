import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

export type RevokeMarketInvitationInput = { market_id: string; invitation_id: string }

/** Withdraws an invitation nobody has accepted yet: its link stops working at once. */
export const revokeMarketInvitationStep = createStep(
  "revoke-market-invitation",
  async (input: RevokeMarketInvitationInput, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const [invitation] = await service.listMarketInvitations({ id: input.invitation_id, market_id: input.market_id })
    if (!invitation) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation with id: ${input.invitation_id} was not found`)
    }
    if (invitation.accepted_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was already accepted: remove the member instead")
    }
    await service.softDeleteMarketInvitations(invitation.id)
    return new StepResponse(invitation.id, invitation.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MarketModuleService>(MARKET_MODULE).restoreMarketInvitations(id)
    }
  }
)
