import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptMarketInvitationWorkflow } from "../../../../workflows/markets/workflows/accept-market-invitation"
import type { AdminAcceptMarketInvitationType } from "../../markets/validators"

/** Invitees may not have an admin user yet: this route authenticates itself (see middlewares). */
export const AUTHENTICATE = false

export const POST = async (req: AuthenticatedMedusaRequest<AdminAcceptMarketInvitationType>, res: MedusaResponse) => {
  const { result } = await acceptMarketInvitationWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      user_id: req.auth_context.actor_id || undefined,
      auth_identity_id: req.auth_context.auth_identity_id!,
    },
  })
  res.json({ members: result })
}
