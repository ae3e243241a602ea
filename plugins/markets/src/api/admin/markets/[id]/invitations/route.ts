import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getMarketContext } from "../../../../../lib/market-context"
import { assertCanGrant, assertMarketRole } from "../../../../../lib/member-roles"
import { inviteMarketMemberWorkflow } from "../../../../../workflows/markets/workflows/invite-market-member"
import { retrieveAdminMarket } from "../route"
import type { AdminInviteMarketMemberType } from "../../validators"

/** Invitations not accepted and not expired, without their tokens (those are shown once, on creation). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  assertMarketRole(req, req.params.id, ["owner", "manager"])
  await retrieveAdminMarket(req, req.params.id)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "market_invitation",
    fields: ["id", "email", "role", "expires_at", "created_at"],
    filters: { market_id: req.params.id, accepted_at: null, expires_at: { $gt: new Date() } },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ invitations: data })
}

/**
 * Invites an email to the market. The token is returned once, for the inviter to pass on (the
 * invitee accepts with `POST /admin/market-invitations/accept`). A member invites only to roles
 * below their own (an owner: managers and staff; a manager: staff); the platform invites anyone.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminInviteMarketMemberType>, res: MedusaResponse) => {
  assertMarketRole(req, req.params.id, ["owner", "manager"])
  assertCanGrant(req, req.params.id, req.validatedBody.role)
  await retrieveAdminMarket(req, req.params.id)
  const { result } = await inviteMarketMemberWorkflow(req.scope).run({
    input: {
      market_id: req.params.id,
      email: req.validatedBody.email,
      role: req.validatedBody.role,
      invited_by: getMarketContext(req)?.user_id,
    },
  })
  res.status(201).json({
    invitation: { id: result.id, email: result.email, role: result.role, token: result.token, expires_at: result.expires_at },
  })
}
