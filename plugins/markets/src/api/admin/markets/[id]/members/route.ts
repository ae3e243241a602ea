import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assertMarketRole } from "../../../../../lib/member-roles"
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

/** Adds an existing admin user; owners only (or a platform admin). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAddMarketMemberType>, res: MedusaResponse) => {
  assertMarketRole(req, req.params.id, ["owner"])
  await retrieveAdminMarket(req, req.params.id)
  const [user] = await req.scope.resolve("user").listUsers({ id: req.validatedBody.user_id })
  if (!user) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `User with id: ${req.validatedBody.user_id} was not found`)
  }
  await addMarketMembersWorkflow(req.scope).run({
    input: { members: [{ market_id: req.params.id, user_id: user.id, role: req.validatedBody.role }] },
  })
  res.status(201).json({ members: await listMembers(req, req.params.id) })
}
