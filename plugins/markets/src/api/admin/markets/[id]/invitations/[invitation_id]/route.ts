import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertMarketRole } from "../../../../../../lib/member-roles"
import { revokeMarketInvitationWorkflow } from "../../../../../../workflows/markets/workflows/revoke-market-invitation"

/** Revokes a pending invitation; owners and managers of the market, or a platform admin. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  assertMarketRole(req, req.params.id, ["owner", "manager"])
  await revokeMarketInvitationWorkflow(req.scope).run({
    input: { market_id: req.params.id, invitation_id: req.params.invitation_id },
  })
  res.json({ id: req.params.invitation_id, object: "market_invitation", deleted: true })
}
