import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emptyWallet, findWallet, presentWallet } from "../../../../helpers"
import type { GetWalletParamsType } from "../../../../validators"

/** The signed-in customer's wallet: balance, held and available. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetWalletParamsType>, res: MedusaResponse) => {
  const owner = {
    owner_type: "customer" as const,
    owner_id: req.auth_context.actor_id,
    currency_code: (req.validatedQuery as GetWalletParamsType).currency_code,
  }
  const wallet = await findWallet(req.scope, owner)
  res.json({ wallet: wallet ? presentWallet(wallet) : emptyWallet(owner) })
}
