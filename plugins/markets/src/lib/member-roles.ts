import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getMarketContext, type MemberRole } from "./market-context"

/** Platform admins pass; a member passes only with one of `roles` in this market. */
export function assertMarketRole(req: MedusaRequest, marketId: string, roles: MemberRole[]): void {
  const context = getMarketContext(req)
  if (!context || context.is_platform_admin) {
    return
  }
  const membership = context.memberships.find((m) => m.market_id === marketId)
  if (!membership || !roles.includes(membership.role)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your market role cannot do this")
  }
}

export function isPlatformAdmin(req: MedusaRequest): boolean {
  const context = getMarketContext(req)
  return !context || context.is_platform_admin
}

/** owner > manager > staff. */
const RANK: Record<MemberRole, number> = { owner: 3, manager: 2, staff: 1 }

/** Whether `actor` ranks above `role`: a member manages (grants, revokes) only roles below their own. */
export function outranks(actor: MemberRole, role: MemberRole): boolean {
  return RANK[actor] > RANK[role]
}

/** The caller's role in a market, or null for a platform admin (who acts above every role). */
export function actingRole(req: MedusaRequest, marketId: string): MemberRole | null {
  const context = getMarketContext(req)
  if (!context || context.is_platform_admin) {
    return null
  }
  return context.memberships.find((m) => m.market_id === marketId)?.role ?? null
}

/**
 * A member grants (invites to, or adds with) only roles below their own: an owner grants managers and
 * staff, a manager grants staff. Owners are made by the platform.
 */
export function assertCanGrant(req: MedusaRequest, marketId: string, role: MemberRole): void {
  const context = getMarketContext(req)
  if (!context || context.is_platform_admin) {
    return
  }
  const membership = context.memberships.find((m) => m.market_id === marketId)
  if (!membership || !outranks(membership.role, role)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `A market ${membership?.role ?? "member"} cannot grant the role ${role}`)
  }
}
