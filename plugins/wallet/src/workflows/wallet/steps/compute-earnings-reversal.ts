import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, MathBN, MedusaError } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

export type ComputeEarningsReversalStepInput = {
  order_id: string
  market_id: string
  currency_code: string
  /** What to take back; without it, everything still credited for the order (a cancellation). */
  amount?: BigNumberInput
}

export const computeEarningsReversalStepId = "compute-earnings-reversal"

/** How much of an order's market earning is still on the market's wallet to take back. */
export const computeEarningsReversalStep = createStep(
  computeEarningsReversalStepId,
  async (input: ComputeEarningsReversalStepInput, { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const [wallet] = await wallets.listWallets({
      owner_type: "market",
      owner_id: input.market_id,
      currency_code: input.currency_code.toLowerCase(),
    })
    const entries = wallet
      ? await wallets.listWalletEntries({ wallet_id: wallet.id, reference_type: "order", reference_id: input.order_id })
      : []
    const net = entries.reduce<BigNumber>(
      (total, e) => new BigNumber(e.type === "credit" ? MathBN.add(total, e.amount) : MathBN.sub(total, e.amount)),
      new BigNumber(0)
    )
    const amount = new BigNumber(input.amount ?? net)
    if (!MathBN.gt(amount, 0) || MathBN.gt(amount, net)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${input.order_id} has ${net.numeric} of earnings left on market ${input.market_id} to reverse`
      )
    }
    return new StepResponse({ wallet_id: wallet!.id, amount })
  }
)
