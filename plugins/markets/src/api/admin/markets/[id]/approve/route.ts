import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setMarketStatusWorkflow } from "../../../../../workflows/markets/workflows/set-market-status"
import { retrieveAdminMarket } from "../route"

/** Platform admins only (members are not allow-listed for status changes). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveAdminMarket(req, req.params.id)
  await setMarketStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: "active" } })
  res.json({ market: await retrieveAdminMarket(req, req.params.id) })
}
