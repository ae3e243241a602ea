import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { marketShareOfRefunds } from "./market-share"

export type MarketEarningState = {
  /** The market order's total and what the market earns of it (total less commission). */
  total: BigNumberInput
  earned: BigNumberInput
  /** Everything refunded on the order so far (a running total). */
  refunded: BigNumberInput
  status: string
  /** What the market's wallet already holds for this order: credits and debits referencing it. */
  credited: BigNumberInput
  debited: BigNumberInput
  /** Whether an earning was ever credited for this order. */
  has_credit: boolean
}

export type MarketEarningMove =
  | { type: "none" }
  | { type: "credit"; amount: string; refunded_share: string }
  | { type: "debit"; amount: string; reference: string }

/**
 * What the market's wallet must hold for an order, and the one move that gets it there. The market
 * is owed its earning less its share of everything refunded so far, once the order is completed;
 * nothing for a canceled order. Worked out from state, not from the event at hand, so refunds,
 * completion and cancellation give the same balance in whatever order they arrive: a refund before
 * completion lowers the credit, a refund after it takes back the difference.
 */
export function planMarketEarning(state: MarketEarningState): MarketEarningMove {
  const owed = MathBN.sub(state.earned, marketShareOfRefunds(state.refunded, state.total, state.earned))
  if (!state.has_credit) {
    if (state.status !== "completed" || !MathBN.gt(owed, 0)) {
      return { type: "none" }
    }
    return { type: "credit", amount: owed.toFixed(0), refunded_share: MathBN.sub(state.earned, owed).toFixed(0) }
  }
  const canceled = state.status === "canceled"
  const target = canceled ? MathBN.convert(0) : owed
  const held = MathBN.sub(state.credited, state.debited)
  const excess = MathBN.sub(held, target)
  if (!MathBN.gt(excess, 0)) {
    return { type: "none" }
  }
  const reference = canceled ? "cancel" : `refunded-${MathBN.convert(state.refunded).toFixed(0)}`
  return { type: "debit", amount: excess.toFixed(0), reference }
}
