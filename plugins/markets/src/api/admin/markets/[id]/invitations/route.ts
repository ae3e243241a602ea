import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertMarketRole } from "../../../../../lib/member-roles"
import { inviteMarketMemberWorkflow } from "../../../../../workflows/markets/workflows/invite-market-member"
import { retrieveAdminMarket } from "../route"
import type { AdminInviteMarketMemberType } from "../../validators"

/**
 * Invites an email to the market. The token is returned once, for the inviter to pass on (the
 * invitee accepts with `POST /admin/market-invitations/accept`).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminInviteMarketMemberType>, res: MedusaResponse) => {
  assertMarketRole(req, req.params.id, ["owner", "manager"])
  await retrieveAdminMarket(req, req.params.id)
  const { result } = await inviteMarketMemberWorkflow(req.scope).run({
    input: { market_id: req.params.id, email: req.validatedBody.email, role: req.validatedBody.role },
  })
  res.status(201).json({
    invitation: { id: result.id, email: result.email, role: result.role, token: result.token, expires_at: result.expires_at },
  })
}
