import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

export type WithdrawalUpdate = {
  id: string
  status?: "pending" | "approved" | "rejected"
  bank_reference?: string | null
  rejection_reason?: string | null
  reviewed_by?: string | null
  reviewed_at?: Date | null
  exported_at?: Date | null
}

export const updateWithdrawalsStepId = "update-withdrawals"

/** Writes decisions and export marks; compensation puts the previous values back. */
export const updateWithdrawalsStep = createStep(
  updateWithdrawalsStepId,
  async (updates: WithdrawalUpdate[], { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    if (!updates.length) {
      return new StepResponse([], [])
    }
    const previous = await wallets.listWalletWithdrawals({ id: updates.map((u) => u.id) })
    const updated = await wallets.updateWalletWithdrawals(updates)
    const restore: WithdrawalUpdate[] = previous.map((w) => ({
      id: w.id,
      status: w.status,
      bank_reference: w.bank_reference,
      rejection_reason: w.rejection_reason,
      reviewed_by: w.reviewed_by,
      reviewed_at: w.reviewed_at,
      exported_at: w.exported_at,
    }))
    return new StepResponse(updated, restore)
  },
  async (restore, { container }) => {
    if (restore?.length) {
      await container.resolve<WalletModuleService>(WALLET_MODULE).updateWalletWithdrawals(restore)
    }
  }
)
