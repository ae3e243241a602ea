import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE } from "../../../../modules/wallet"
import type WalletModuleService from "../../../../modules/wallet/service"
import { presentWallet } from "../../../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const wallets: WalletModuleService = req.scope.resolve(WALLET_MODULE)
  const wallet = await wallets.retrieveWallet(req.params.id)
  res.json({ wallet: presentWallet(wallet) })
}
