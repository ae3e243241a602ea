import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { adminMarketScope } from "../../lib/markets-bridge"
import { WALLET_MODULE, type WalletDTO } from "../../modules/wallet"
import type WalletModuleService from "../../modules/wallet/service"

/** The platform's own wallet (commission income), as `GET /admin/wallets/me` shows it to a platform admin. */
export const PLATFORM_WALLET_OWNER = { owner_type: "platform" as const, owner_id: "platform" }

/**
 * A wallet an admin caller may read: any for the platform; for market staff only their markets'
 * wallets, another one answering 404 as if it did not exist (the markets plugin lets staff reach
 * these routes and leaves the ownership check to us).
 */
export async function walletForAdmin(req: MedusaRequest, id: string): Promise<WalletDTO> {
  const wallets: WalletModuleService = req.scope.resolve(WALLET_MODULE)
  const [wallet] = (await wallets.listWallets({ id })) as unknown as WalletDTO[]
  const scope = adminMarketScope(req)
  if (!wallet || (scope && !(wallet.owner_type === "market" && scope.market_ids.includes(wallet.owner_id)))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wallet with id: ${id} was not found`)
  }
  return wallet
}

/** Payouts are asked for by a market's owner (or the platform); managers and staff only read. */
export function assertMayRequestPayout(req: MedusaRequest, wallet: WalletDTO): void {
  if (wallet.owner_type !== "market") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Payouts from the admin are for market wallets")
  }
  const scope = adminMarketScope(req)
  if (scope && !scope.memberships.some((m) => m.market_id === wallet.owner_id && m.role === "owner")) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the market's owner can ask for a payout")
  }
}
