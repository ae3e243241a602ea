import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../../../../../modules/wallet"
import type WalletModuleService from "../../../../../../../modules/wallet/service"

/** A top-up's state, for the storefront's return page to poll. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const wallets: WalletModuleService = req.scope.resolve(WALLET_MODULE)
  const [topUp] = await wallets.listWalletTopUps({ id: req.params.id })
  const owned = topUp && (await wallets.listWallets({ id: topUp.wallet_id, owner_type: "customer", owner_id: req.auth_context.actor_id }))[0]
  if (!topUp || !owned) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Top-up ${req.params.id} was not found`)
  }
  res.json({ top_up: topUp })
}
