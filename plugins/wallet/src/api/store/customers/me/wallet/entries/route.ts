import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findWallet } from "../../../../../helpers"
import type { ListWalletEntriesParamsType } from "../../../../../validators"

/** The customer's ledger, newest first, filterable by type and reference. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListWalletEntriesParamsType>, res: MedusaResponse) => {
  const { currency_code = "irr", ...filters } = req.filterableFields as Record<string, unknown> & { currency_code?: string }
  const { skip, take } = req.queryConfig.pagination
  const wallet = await findWallet(req.scope, {
    owner_type: "customer",
    owner_id: req.auth_context.actor_id,
    currency_code,
  })
  if (!wallet) {
    return res.json({ entries: [], count: 0, offset: skip, limit: take })
  }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "wallet_entry",
    fields: req.queryConfig.fields,
    filters: { ...filters, wallet_id: wallet.id },
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  res.json({ entries: data, count: metadata?.count ?? data.length, offset: skip, limit: take })
}
