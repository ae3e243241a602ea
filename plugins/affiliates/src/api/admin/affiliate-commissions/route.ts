import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCommissions } from "../../commissions"
import type { ListCommissionsType } from "../../validators"
import { memberMarketIds } from "../scope"

/** Commissions with filters; market staff see only their markets' orders. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListCommissionsType>, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const own = memberMarketIds(req)
  const market = own ? (filters.market_id ? own.filter((id) => id === filters.market_id) : own) : filters.market_id
  const where = Object.fromEntries(Object.entries({ ...filters, market_id: market }).filter(([, v]) => v !== undefined))
  res.json(await listCommissions(req.scope, where, { limit, offset }))
}
