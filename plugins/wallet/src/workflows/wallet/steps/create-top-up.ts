import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"
import { asAmount } from "../../../modules/wallet/service"

export type CreateTopUpStepInput = {
  wallet_id: string
  amount: BigNumberInput
  currency_code: string
  provider_id: string
  payment_collection_id: string
}

export const createTopUpStepId = "create-top-up"

export const createTopUpStep = createStep(
  createTopUpStepId,
  async (input: CreateTopUpStepInput, { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const topUp = await wallets.createWalletTopUps({ ...input, amount: asAmount(input.amount), status: "pending" as const })
    return new StepResponse(topUp, topUp.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<WalletModuleService>(WALLET_MODULE).deleteWalletTopUps(id)
    }
  }
)
