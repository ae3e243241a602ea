import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_MARKET_FIELDS } from "../query-config"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "market",
    fields: [...STORE_MARKET_FIELDS],
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Market with handle: ${req.params.handle} was not found`)
  }
  res.json({ market: data[0] })
}
