import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** bignumber.js ROUND_HALF_UP */
const ROUND_HALF_UP = 4

/**
 * How much of a market's earning a refund takes back, as a running total: the market's share of
 * everything refunded so far (`refunded × earned / total`, rounded half-up to whole rials), never
 * more than it earned. Working from running totals keeps the sum of reversals exact: a full refund
 * takes back exactly what was credited, however the partial refunds rounded.
 */
export function marketShareOfRefunds(
  refundedSoFar: BigNumberInput,
  orderTotal: BigNumberInput,
  marketEarned: BigNumberInput
): string {
  if (!MathBN.gt(orderTotal, 0)) {
    return "0"
  }
  const share = MathBN.convert(refundedSoFar)
    .multipliedBy(MathBN.convert(marketEarned))
    .dividedBy(MathBN.convert(orderTotal))
    .decimalPlaces(0, ROUND_HALF_UP)
  return MathBN.min(share, MathBN.convert(marketEarned)).toFixed(0)
}
