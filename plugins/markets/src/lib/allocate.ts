import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** bignumber.js ROUND_DOWN */
const ROUND_DOWN = 1

/**
 * Splits a whole amount over weights in proportion, in whole units, so the parts add up exactly to
 * the amount (largest remainder: each part is floored, the units left over go to the largest
 * fractions, ties to the earlier weight). Weights of zero get nothing; no weight at all, nothing.
 */
export function allocate(amount: BigNumberInput, weights: BigNumberInput[]): string[] {
  const total = weights.reduce<ReturnType<typeof MathBN.convert>>((sum, w) => MathBN.add(sum, w), MathBN.convert(0))
  const whole = MathBN.convert(amount)
  if (!MathBN.gt(total, 0) || !MathBN.gt(whole, 0)) {
    return weights.map(() => "0")
  }
  const exact = weights.map((w) => MathBN.convert(w).multipliedBy(whole).dividedBy(total))
  const floors = exact.map((x) => x.decimalPlaces(0, ROUND_DOWN))
  let left = whole.minus(floors.reduce((sum, f) => sum.plus(f), MathBN.convert(0)))
  const order = exact
    .map((x, index) => ({ index, fraction: x.minus(floors[index]) }))
    .sort((a, b) => b.fraction.comparedTo(a.fraction) || a.index - b.index)
  for (const { index } of order) {
    if (!left.gt(0)) {
      break
    }
    floors[index] = floors[index].plus(1)
    left = left.minus(1)
  }
  return floors.map((f) => f.toFixed(0))
}
