import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"
import { grantPlatformAdminWorkflow } from "../workflows/markets/workflows/grant-platform-admin"
import { getMarketSnapshot } from "./market-cache"
import type { MarketContext, MemberRole } from "./market-context"

function platformContext(userId: string): MarketContext {
  return { user_id: userId, is_platform_admin: true, memberships: [], market_ids: [], sales_channel_ids: [], stock_location_ids: [] }
}

/**
 * Who a signed-in admin user is in market terms. Platform rights come only from a `platform_admin`
 * row. One exception bootstraps a new installation: while no platform admin exists at all, the first
 * user with no membership who calls the admin (the one `medusa user` created) becomes one, for good.
 */
export async function resolveMarketContext(req: MedusaRequest, userId: string): Promise<MarketContext> {
  const service = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const [admin] = await service.listPlatformAdmins({ user_id: userId }, { select: ["id"] })
  if (admin) {
    return platformContext(userId)
  }
  const memberships = await service.listMarketMembers(
    { user_id: userId },
    { select: ["id", "market_id", "role", "revoked_at", "is_current"] }
  )
  if (!memberships.length) {
    const [, count] = await service.listAndCountPlatformAdmins({}, { select: ["id"], take: 1 })
    if (count === 0) {
      await grantPlatformAdminWorkflow(req.scope).run({ input: { user_id: userId } })
      return platformContext(userId)
    }
  }
  const snapshot = await getMarketSnapshot(req.scope)
  const active = memberships
    .filter((membership) => !membership.revoked_at)
    .map((membership) => ({
      market_id: (membership as { market_id: string }).market_id,
      role: membership.role as MemberRole,
      is_current: membership.is_current,
      market: snapshot.byId.get((membership as { market_id: string }).market_id),
    }))
    .filter((membership) => membership.market && membership.market.status !== "closed")

  // The x-market-id header (one request) wins over the member's saved choice (the switcher).
  const header = req.get("x-market-id")
  const requested = header ?? active.find((membership) => membership.is_current)?.market_id
  if (requested && !active.some((membership) => membership.market_id === requested)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Market with id: ${requested} was not found`)
  }
  const inScope = requested ? active.filter((membership) => membership.market_id === requested) : active
  return {
    user_id: userId,
    is_platform_admin: false,
    memberships: active.map(({ market_id, role }) => ({ market_id, role })),
    market_ids: inScope.map((membership) => membership.market_id),
    current_market_id: inScope[0]?.market_id,
    sales_channel_ids: inScope.map((m) => m.market!.sales_channel_id).filter((id): id is string => !!id),
    stock_location_ids: inScope.map((m) => m.market!.stock_location_id).filter((id): id is string => !!id),
  }
}
