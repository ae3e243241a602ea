import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { computeEarningsReversalStep } from "../steps/compute-earnings-reversal"
import { ensureWalletStep } from "../steps/ensure-wallet"
import { recordWalletEntryStep } from "../steps/record-wallet-entry"

export type CreditMarketEarningsWorkflowInput = {
  order_id: string
  market_id: string
  currency_code: string
  /** The order total the market sold. */
  amount: BigNumberInput
  /** The platform's commission on it, kept out of the market's wallet. */
  commission: BigNumberInput
}

export const creditMarketEarningsWorkflowId = "credit-market-earnings"

/** A completed order pays its market: total less commission, once per order and market. */
export const creditMarketEarningsWorkflow = createWorkflow(
  creditMarketEarningsWorkflowId,
  (input: CreditMarketEarningsWorkflowInput) => {
    const wallet = ensureWalletStep(
      transform({ input }, ({ input }) => ({
        owner_type: "market" as const,
        owner_id: input.market_id,
        currency_code: input.currency_code,
      }))
    )
    const entry = recordWalletEntryStep(
      transform({ input, wallet }, ({ input, wallet }) => ({
        wallet_id: wallet.id,
        type: "credit" as const,
        amount: MathBN.sub(input.amount, input.commission),
        idempotency_key: `market-earning:${input.order_id}:${input.market_id}`,
        reference_type: "order",
        reference_id: input.order_id,
        note: `order total ${MathBN.convert(input.amount).toString()} less commission ${MathBN.convert(input.commission).toString()}`,
      }))
    )
    return new WorkflowResponse(entry)
  }
)

export type ReverseMarketEarningsWorkflowInput = {
  order_id: string
  market_id: string
  currency_code: string
  /** The refund or cancellation this reversal answers; one reversal per reference. */
  reference_id: string
  /** The market's share to take back; omitted, everything still credited for the order. */
  amount?: BigNumberInput
}

export const reverseMarketEarningsWorkflowId = "reverse-market-earnings"

/** A refund or cancellation takes the market's earning back, never more than was credited. */
export const reverseMarketEarningsWorkflow = createWorkflow(
  reverseMarketEarningsWorkflowId,
  (input: ReverseMarketEarningsWorkflowInput) => {
    const reversal = computeEarningsReversalStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        market_id: input.market_id,
        currency_code: input.currency_code,
        amount: input.amount,
      }))
    )
    const entry = recordWalletEntryStep(
      transform({ input, reversal }, ({ input, reversal }) => ({
        wallet_id: reversal.wallet_id,
        type: "debit" as const,
        amount: reversal.amount,
        idempotency_key: `market-earning-reversal:${input.order_id}:${input.market_id}:${input.reference_id}`,
        reference_type: "order",
        reference_id: input.order_id,
        note: `reversal for ${input.reference_id}`,
      }))
    )
    return new WorkflowResponse(entry)
  }
)
