import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getMarketContext } from "../../../../../lib/market-context"
import { assertCanGrant, assertMarketRole } from "../../../../../lib/member-roles"
import { addMarketMembersWorkflow } from "../../../../../workflows/markets/workflows/add-market-members"
import { retrieveAdminMarket } from "../route"
import type { AdminAddMarketMemberType } from "../../validators"

async function listMembers(req: AuthenticatedMedusaRequest, marketId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "market_member",
    fields: ["id", "user_id", "role", "revoked_at", "created_at"],
    filters: { market_id: marketId, revoked_at: null },
  })
  const { data: users } = members.length
    ? await query.graph({
        entity: "user",
        fields: ["id", "email", "first_name", "last_name"],
        filters: { id: members.map((m: { user_id: string }) => m.user_id) },
      })
    : { data: [] }
  const byId = new Map(users.map((u: { id: string }) => [u.id, u]))
  return members.map((m: { user_id: string }) => ({ ...m, user: byId.get(m.user_id) ?? null }))
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveAdminMarket(req, req.params.id)
  res.json({ members: await listMembers(req, req.params.id) })
}

/**
 * An owner invited this user (by email) into this market: the only users an owner may add directly.
 * Otherwise an owner could pull any admin user, a platform operator included, into their market.
 */
async function invitedByCaller(req: AuthenticatedMedusaRequest, marketId: string, email: string): Promise<boolean> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "market_invitation",
    fields: ["id"],
    filters: { market_id: marketId, email: email.toLowerCase(), invited_by: getMarketContext(req)?.user_id },
  })
  return data.length > 0
}

/**
 * Adds an existing admin user. The platform adds anyone (but never a platform admin: the workflow
 * refuses); an owner adds only a user they invited, with a role below their own.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAddMarketMemberType>, res: MedusaResponse) => {
  assertMarketRole(req, req.params.id, ["owner"])
  assertCanGrant(req, req.params.id, req.validatedBody.role)
  await retrieveAdminMarket(req, req.params.id)
  const [user] = await req.scope.resolve("user").listUsers({ id: req.validatedBody.user_id })
  const context = getMarketContext(req)
  const visible = user && (!context || context.is_platform_admin || (await invitedByCaller(req, req.params.id, user.email)))
  if (!visible) {
    // a user the owner did not invite is not theirs to see: the same answer as no user at all
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `User with id: ${req.validatedBody.user_id} was not found`)
  }
  await addMarketMembersWorkflow(req.scope).run({
    input: { members: [{ market_id: req.params.id, user_id: user.id, role: req.validatedBody.role }] },
  })
  res.status(201).json({ members: await listMembers(req, req.params.id) })
}
