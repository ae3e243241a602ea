import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { marketOfProducts } from "../../../../../lib/ownership"

/** The market a product belongs to, for the admin product page. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const marketId = (await marketOfProducts(req.scope, [req.params.id])).get(req.params.id)
  const { data } = marketId
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "market",
        fields: ["id", "handle", "name", "status", "city", "commission_rate"],
        filters: { id: marketId },
      })
    : { data: [] }
  res.json({ market: data[0] ?? null })
}
