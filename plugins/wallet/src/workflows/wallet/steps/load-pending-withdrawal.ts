import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

export const loadPendingWithdrawalStepId = "load-pending-withdrawal"

/** A withdrawal is decided once: approving or rejecting a decided one is refused. */
export const loadPendingWithdrawalStep = createStep(
  loadPendingWithdrawalStepId,
  async (input: { id: string }, { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const withdrawal = await wallets.retrieveWalletWithdrawal(input.id)
    if (withdrawal.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Withdrawal ${withdrawal.id} is already ${withdrawal.status}`)
    }
    return new StepResponse(withdrawal)
  }
)
