import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"
import { presentWallet } from "../../helpers"
import type { CreateWalletType, ListWalletsParamsType } from "../../validators"

/** All wallets (customers, markets, affiliates, the platform), filterable by owner. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListWalletsParamsType>, res: MedusaResponse) => {
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "wallet",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  res.json({
    wallets: data.map((wallet) => presentWallet(wallet)),
    count: metadata?.count ?? data.length,
    offset: req.queryConfig.pagination.skip,
    limit: req.queryConfig.pagination.take,
  })
}

/** Opens (or returns) an owner's wallet, e.g. before a first adjustment. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateWalletType>, res: MedusaResponse) => {
  const wallets: WalletModuleService = req.scope.resolve(WALLET_MODULE)
  const wallet = await wallets.getOrCreateWallet(req.validatedBody)
  res.status(201).json({ wallet: presentWallet(wallet) })
}
