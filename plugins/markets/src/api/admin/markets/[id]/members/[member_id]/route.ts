import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertMarketRole } from "../../../../../../lib/member-roles"
import { revokeMarketMemberWorkflow } from "../../../../../../workflows/markets/workflows/revoke-market-member"

/** Revokes a membership; owners only (or a platform admin). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  assertMarketRole(req, req.params.id, ["owner"])
  await revokeMarketMemberWorkflow(req.scope).run({
    input: { market_id: req.params.id, member_id: req.params.member_id },
  })
  res.json({ id: req.params.member_id, object: "market_member", deleted: true })
}
