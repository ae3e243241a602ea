import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

export const markTopUpCreditedStepId = "mark-top-up-credited"

export const markTopUpCreditedStep = createStep(
  markTopUpCreditedStepId,
  async (input: { id: string; entry_id: string }, { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const before = await wallets.retrieveWalletTopUp(input.id)
    const topUp = await wallets.updateWalletTopUps({ id: input.id, status: "credited", entry_id: input.entry_id })
    return new StepResponse(topUp, { id: before.id, status: before.status, entry_id: before.entry_id })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<WalletModuleService>(WALLET_MODULE).updateWalletTopUps(previous)
    }
  }
)
