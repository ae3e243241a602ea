import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE, type WalletDTO, type WalletOwner } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

export const ensureWalletStepId = "ensure-wallet"

/** The owner's wallet in that currency, created on first use. */
export const ensureWalletStep = createStep(
  ensureWalletStepId,
  async (owner: WalletOwner, { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const [existing] = await wallets.listWallets({ ...owner, currency_code: owner.currency_code.toLowerCase() })
    if (existing) {
      return new StepResponse<WalletDTO, string | null>(existing as unknown as WalletDTO, null)
    }
    const wallet = await wallets.getOrCreateWallet(owner)
    return new StepResponse<WalletDTO, string | null>(wallet, wallet.id)
  },
  async (createdWalletId, { container }) => {
    if (!createdWalletId) {
      return
    }
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    // Only an untouched wallet goes away; one with entries is history and stays.
    const [entry] = await wallets.listWalletEntries({ wallet_id: createdWalletId }, { take: 1 })
    if (!entry) {
      await wallets.deleteWallets(createdWalletId)
    }
  }
)
