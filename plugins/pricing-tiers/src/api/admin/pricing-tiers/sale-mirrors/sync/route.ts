import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isMarketStaff } from "../../../../../lib/markets-bridge"
import { syncSaleMirrorsWorkflow } from "../../../../../workflows/pricing-tiers/workflows/sync-sale-mirrors"
import type { AdminSyncSaleMirrorsType } from "../../validators"

/**
 * Mirror public sales for tier members now, instead of at the next minute's job. It rewrites prices
 * of every market, so it is the platform's alone, whatever allow-list a market's staff are given.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSyncSaleMirrorsType>, res: MedusaResponse) => {
  if (isMarketStaff(req)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a platform admin can sync sale mirrors")
  }
  const { result } = await syncSaleMirrorsWorkflow(req.scope).run()
  res.json({ sale_mirrors: result })
}
