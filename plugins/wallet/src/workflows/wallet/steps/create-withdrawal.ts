import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
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

/**
 * The payout request on its hold, once per hold. A replayed request (same idempotency key, so the
 * hold entry was replayed) answers with the first request, whatever became of it since; a hold that
 * was undone without a request (the first attempt failed and released it) is refused with 409, so a
 * replay never builds a request on released money. The unique index on `hold_id` settles races.
 */
export const createWithdrawalStep = createStep(
  createWithdrawalStepId,
  async (input: CreateWithdrawalStepInput, { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const existingFor = async () => (await wallets.listWalletWithdrawals({ hold_id: input.hold_id }))[0]
    const existing = await existingFor()
    if (existing) {
      return new StepResponse({ withdrawal: existing, replayed: true }, null as string | null)
    }
    const hold = await wallets.retrieveWalletHold(input.hold_id)
    if (hold.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `This payout request was undone (its hold is ${hold.status}); send it again with a new idempotency key`
      )
    }
    try {
      const withdrawal = await wallets.createWalletWithdrawals({ ...input, amount: asAmount(input.amount), status: "pending" as const })
      return new StepResponse({ withdrawal, replayed: false }, withdrawal.id as string | null)
    } catch (error) {
      // A concurrent replay of the same request won the unique index: answer with its request.
      const winner = await existingFor()
      if (winner) {
        return new StepResponse({ withdrawal: winner, replayed: true }, null as string | null)
      }
      throw error
    }
  },
  async (id: string | null | undefined, { container }) => {
    if (id) {
      await container.resolve<WalletModuleService>(WALLET_MODULE).deleteWalletWithdrawals(id)
    }
  }
)
