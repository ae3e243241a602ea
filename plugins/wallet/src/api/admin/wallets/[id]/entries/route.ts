import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListWalletEntriesParamsType } from "../../../../validators"
import { walletForAdmin } from "../../../wallet-access"

/** One wallet's ledger, newest first, filterable by type and reference. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListWalletEntriesParamsType>, res: MedusaResponse) => {
  const wallet = await walletForAdmin(req, req.params.id)
  const { currency_code: _ignored, ...filters } = req.filterableFields as Record<string, unknown>
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "wallet_entry",
    fields: req.queryConfig.fields,
    filters: { ...filters, wallet_id: wallet.id },
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  res.json({
    entries: data,
    count: metadata?.count ?? data.length,
    offset: req.queryConfig.pagination.skip,
    limit: req.queryConfig.pagination.take,
  })
}
