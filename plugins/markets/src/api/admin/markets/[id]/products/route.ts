import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkMarketProductsWorkflow } from "../../../../../workflows/markets/workflows/link-market-products"
import { retrieveAdminMarket } from "../route"
import type { AdminLinkMarketProductsType } from "../../validators"

/** Platform admins only: assigns existing products to the market (their catalogue moves with them). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminLinkMarketProductsType>, res: MedusaResponse) => {
  await retrieveAdminMarket(req, req.params.id)
  await linkMarketProductsWorkflow(req.scope).run({
    input: { market_id: req.params.id, product_ids: req.validatedBody.add },
  })
  res.json({ market_id: req.params.id, product_ids: req.validatedBody.add })
}
