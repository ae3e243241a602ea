import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingRole, assertMarketRole } from "../../../../../../lib/member-roles"
import { revokeMarketMemberWorkflow } from "../../../../../../workflows/markets/workflows/revoke-market-member"

/** Revokes a membership: an owner revokes managers and staff; owners are revoked by a platform admin. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  assertMarketRole(req, req.params.id, ["owner"])
  await revokeMarketMemberWorkflow(req.scope).run({
    input: { market_id: req.params.id, member_id: req.params.member_id, actor_role: actingRole(req, req.params.id) },
  })
  res.json({ id: req.params.member_id, object: "market_member", deleted: true })
}
