import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateOfCustomer } from "../../../../../lib/affiliate-of"
import { affiliateStats } from "../../../../helpers"

/** Clicks, attributed orders, and pending / approved / paid commission, overall and per month. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const mine = await affiliateOfCustomer(req.scope, req.auth_context.actor_id, false)
  res.json({ stats: await affiliateStats(req.scope, mine.id) })
}
