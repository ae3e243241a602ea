import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminMarketScope } from "../../../../lib/markets-bridge"
import { emptyWallet, findWallet, presentWallet } from "../../../helpers"
import type { GetWalletParamsType } from "../../../validators"
import { PLATFORM_WALLET_OWNER } from "../../wallet-access"

/**
 * The caller's own wallets: market staff get their markets' wallets, a platform admin the
 * platform's. Reading never opens a wallet: an owner without one gets an empty wallet (id null).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetWalletParamsType>, res: MedusaResponse) => {
  const currency_code = req.validatedQuery.currency_code.toLowerCase()
  const scope = adminMarketScope(req)
  const owners = scope
    ? scope.market_ids.map((owner_id) => ({ owner_type: "market" as const, owner_id, currency_code }))
    : [{ ...PLATFORM_WALLET_OWNER, currency_code }]
  const wallets = await Promise.all(
    owners.map(async (owner) => {
      const wallet = await findWallet(req.scope, owner)
      return wallet ? presentWallet(wallet as unknown as Parameters<typeof presentWallet>[0]) : emptyWallet(owner)
    })
  )
  res.json({ wallets })
}
