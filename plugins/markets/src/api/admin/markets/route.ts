import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getMarketContext } from "../../../lib/market-context"
import { createMarketWorkflow } from "../../../workflows/markets/workflows/create-market"
import { ADMIN_MARKET_FIELDS } from "./query-config"
import type { AdminCreateMarketType, AdminListMarketsType } from "./validators"

/** Platform admins list every market; a member lists their own. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListMarketsType>, res: MedusaResponse) => {
  const { q, status, limit, offset } = req.validatedQuery as AdminListMarketsType
  const context = getMarketContext(req)
  const filters: Record<string, unknown> = {}
  if (q) {
    filters.q = q
  }
  if (status) {
    filters.status = status
  }
  if (context && !context.is_platform_admin) {
    filters.id = context.memberships.map((m) => m.market_id)
  }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "market",
    fields: ADMIN_MARKET_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ markets: data, count: metadata?.count ?? data.length, offset, limit })
}

/** Platform admins only (members are not allow-listed for this route). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateMarketType>, res: MedusaResponse) => {
  const { result } = await createMarketWorkflow(req.scope).run({ input: req.validatedBody })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "market",
    fields: ADMIN_MARKET_FIELDS,
    filters: { id: result.id },
  })
  res.status(201).json({ market: data[0] })
}
