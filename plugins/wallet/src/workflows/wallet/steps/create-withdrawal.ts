import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"
import { asAmount } from "../../../modules/wallet/service"

export type CreateWithdrawalStepInput = {
  wallet_id: string
  amount: BigNumberInput
  currency_code: string
  iban: string
  account_holder: string
  hold_id: string
}

export const createWithdrawalStepId = "create-withdrawal"

export const createWithdrawalStep = createStep(
  createWithdrawalStepId,
  async (input: CreateWithdrawalStepInput, { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const withdrawal = await wallets.createWalletWithdrawals({ ...input, amount: asAmount(input.amount), status: "pending" as const })
    return new StepResponse(withdrawal, withdrawal.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<WalletModuleService>(WALLET_MODULE).deleteWalletWithdrawals(id)
    }
  }
)
