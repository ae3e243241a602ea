import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateStats, service } from "../../../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const affiliate = await service(req.scope).retrieveAffiliate(req.params.id, { relations: ["codes", "links"] })
  res.json({ affiliate: { ...affiliate, stats: await affiliateStats(req.scope, affiliate.id) } })
}
