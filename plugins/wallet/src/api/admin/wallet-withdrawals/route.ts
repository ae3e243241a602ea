import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListWithdrawalsParamsType } from "../../validators"

/** The payout queue, oldest first so the longest-waiting request is decided first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListWithdrawalsParamsType>, res: MedusaResponse) => {
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "wallet_withdrawal",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "ASC" } },
  })
  res.json({
    withdrawals: data,
    count: metadata?.count ?? data.length,
    offset: req.queryConfig.pagination.skip,
    limit: req.queryConfig.pagination.take,
  })
}
