import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

/** An invitation that exists, is unused and has not expired. */
export const validateInvitationStep = createStep(
  "validate-invitation",
  async (input: { token: string }, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const [invitation] = await service.listMarketInvitations({ token: input.token })
    if (!invitation || invitation.accepted_at || new Date(invitation.expires_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This invitation is invalid, used or expired")
    }
    return new StepResponse({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      market_id: (invitation as { market_id: string }).market_id,
    })
  }
)
