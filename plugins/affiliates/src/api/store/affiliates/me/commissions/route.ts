import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateOfCustomer } from "../../../../../lib/affiliate-of"
import { listCommissions } from "../../../../commissions"
import type { ListCommissionsType } from "../../../../validators"

/** My commissions, newest first (filters: status). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListCommissionsType>, res: MedusaResponse) => {
  const mine = await affiliateOfCustomer(req.scope, req.auth_context.actor_id, false)
  const { status, limit, offset } = req.validatedQuery
  res.json(await listCommissions(req.scope, { affiliate_id: mine.id, ...(status ? { status } : {}) }, { limit, offset }))
}
