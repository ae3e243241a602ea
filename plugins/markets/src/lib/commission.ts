import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/** bignumber.js rounding mode ROUND_HALF_UP. */
const ROUND_HALF_UP = 4

/**
 * The platform's commission on a market order: `total × rate / 100`, rounded half-up to the
 * currency's decimals (IRR has none). Exact decimal arithmetic, never a float division.
 */
export function commissionFor(total: BigNumberInput, ratePercent: BigNumberInput, decimals = 0): string {
  return MathBN.convert(total)
    .multipliedBy(MathBN.convert(ratePercent))
    .dividedBy(100)
    .decimalPlaces(decimals, ROUND_HALF_UP)
    .toFixed(decimals)
}
