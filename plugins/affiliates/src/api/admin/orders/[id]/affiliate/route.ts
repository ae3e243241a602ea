import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCommissions } from "../../../../commissions"
import { service } from "../../../../helpers"

/**
 * An order's attribution and commissions: for a checkout order, its attribution and every market
 * order's commission; for a market order, its own commission (and the checkout's attribution).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const affiliates = service(req.scope)
  const id = req.params.id
  const { commissions } = await listCommissions(req.scope, { $or: [{ order_id: id }, { checkout_order_id: id }] }, { limit: 100, offset: 0 })
  const own = commissions.filter((c) => c.order_id === id)
  const shown = own.length ? own : commissions
  const checkoutId = (shown[0]?.checkout_order_id as string | undefined) ?? id
  const [attribution] = await affiliates.listAffiliateAttributions({ order_id: checkoutId })
  res.json({ attribution: attribution ?? null, commissions: shown })
}
