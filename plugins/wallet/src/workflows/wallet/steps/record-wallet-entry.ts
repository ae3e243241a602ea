import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE, type RecordedEntry, type RecordEntryInput } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

export const recordWalletEntryStepId = "record-wallet-entry"

/**
 * Moves money in a wallet (locked, idempotent). Compensation appends the opposite entry instead of
 * deleting anything: the ledger stays append-only. A replayed key moved nothing, so it undoes nothing.
 */
export const recordWalletEntryStep = createStep(
  recordWalletEntryStepId,
  async (input: RecordEntryInput, { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const recorded = await wallets.recordEntryOnce(input)
    return new StepResponse(recorded.entry, recorded)
  },
  async (recorded: RecordedEntry | undefined, { container }) => {
    if (!recorded || recorded.replayed) {
      return
    }
    const { entry } = recorded
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const common = {
      wallet_id: entry.wallet_id,
      idempotency_key: `${entry.idempotency_key}:reversal`,
      reference_type: entry.reference_type,
      reference_id: entry.reference_id,
      note: `Reversal of ${entry.id}`,
    }
    if (entry.type === "hold") {
      await wallets.recordEntry({ ...common, type: "release", hold_id: entry.hold_id! })
    } else if (entry.type === "credit") {
      await wallets.recordEntry({ ...common, type: "debit", amount: entry.amount })
    } else if (entry.type === "debit" || entry.type === "capture") {
      await wallets.recordEntry({ ...common, type: "credit", amount: entry.amount })
    }
    // A release is not re-held: the money is back in `available`, which is the safe side to err on.
  }
)
