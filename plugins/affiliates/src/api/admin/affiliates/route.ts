import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateStats, service } from "../../helpers"
import type { ListAffiliatesType } from "../../validators"

/** Applications and affiliates (filter `status`), each with its stats. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListAffiliatesType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery
  const [rows, count] = await service(req.scope).listAndCountAffiliates(status ? { status } : {}, {
    relations: ["codes"],
    order: { created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  const affiliates = await Promise.all(rows.map(async (row) => ({ ...row, stats: await affiliateStats(req.scope, row.id) })))
  res.json({ affiliates, count, limit, offset })
}
