import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isPlatformAdmin } from "../../../../../lib/member-roles"
import { MARKET_MODULE } from "../../../../../modules/market"
import type MarketModuleService from "../../../../../modules/market/service"

/**
 * The market of an order (and its commission), or of the market orders split from a checkout order:
 * what the admin order page shows.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [record] = await service.listMarketOrders({ order_id: req.params.id })
  const [group] = record
    ? await service.listOrderGroups({ id: (record as { order_group_id: string }).order_group_id })
    : await service.listOrderGroups({ checkout_order_id: req.params.id })
  const siblings = group ? await service.listMarketOrders({ order_group_id: group.id }) : []
  const marketIds = [...new Set(siblings.map((s) => (s as { market_id: string }).market_id))]
  const { data: markets } = marketIds.length
    ? await query.graph({ entity: "market", fields: ["id", "handle", "name", "status"], filters: { id: marketIds } })
    : { data: [] }
  const byId = new Map(markets.map((m: { id: string }) => [m.id, m]))
  const describe = (row: (typeof siblings)[number]) => ({
    order_id: row.order_id,
    market: byId.get((row as { market_id: string }).market_id) ?? null,
    total: row.total,
    commission_rate: row.commission_rate,
    commission_amount: row.commission_amount,
  })
  // A member sees only their own market's part of a group: the group's total (and the checkout order
  // that holds it) would tell them what the shopper bought from the other markets.
  const platform = isPlatformAdmin(req)
  res.json({
    market_order: record ? describe(record) : null,
    order_group: group
      ? platform
        ? { id: group.id, checkout_order_id: group.checkout_order_id, total: group.total }
        : { id: group.id }
      : null,
    market_orders: record ? [describe(record)] : siblings.map(describe),
  })
}
