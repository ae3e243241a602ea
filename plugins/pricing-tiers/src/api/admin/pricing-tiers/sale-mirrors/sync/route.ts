import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { syncSaleMirrorsWorkflow } from "../../../../../workflows/pricing-tiers/workflows/sync-sale-mirrors"

/** Mirror public sales for tier members now, instead of at the next minute's job. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await syncSaleMirrorsWorkflow(req.scope).run()
  res.json({ sale_mirrors: result })
}
