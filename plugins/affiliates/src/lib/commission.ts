import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** bignumber.js ROUND_HALF_UP: the rounding @asoud/markets applies to the platform's commission. */
const ROUND_HALF_UP = 4

export type RuleScope = "product" | "category" | "market" | "affiliate" | "default"

export type CommissionRule = {
  id: string
  scope: RuleScope
  market_id: string | null
  target_id: string | null
  type: "percent" | "fixed"
  value: BigNumberInput
  cap: BigNumberInput | null
}

export type CommissionLineInput = {
  item_id: string
  product_id: string | null
  category_ids: string[]
  quantity: BigNumberInput
  /** The line's subtotal before tax and after its discounts. */
  base: BigNumberInput
}

export type CommissionLine = { item_id: string; base: string; rule_id: string | null; scope: RuleScope | null; amount: string }

export type CommissionResult = { base: string; amount: string; lines: CommissionLine[] }

const SCOPES: RuleScope[] = ["product", "category", "market", "affiliate", "default"]

/** The most specific rule for a line: product → category → market → affiliate override → default. */
export function ruleForLine(
  line: CommissionLineInput,
  rules: CommissionRule[],
  context: { market_id: string | null; affiliate_id: string }
): CommissionRule | undefined {
  const ofMarket = (rule: CommissionRule) => !rule.market_id || rule.market_id === context.market_id
  const matches: Record<RuleScope, (rule: CommissionRule) => boolean> = {
    product: (rule) => ofMarket(rule) && !!line.product_id && rule.target_id === line.product_id,
    category: (rule) => ofMarket(rule) && !!rule.target_id && line.category_ids.includes(rule.target_id),
    market: (rule) => !!rule.market_id && rule.market_id === context.market_id,
    affiliate: (rule) => rule.target_id === context.affiliate_id,
    default: () => true,
  }
  for (const scope of SCOPES) {
    const found = rules.find((rule) => rule.scope === scope && matches[scope](rule))
    if (found) {
      return found
    }
  }
  return undefined
}

/**
 * An order's commission: each line by its own rule (a percentage of its base, or a fixed amount per
 * unit, capped per line), summed exactly and rounded half-up to whole rials once, at the end.
 */
export function computeCommission(
  lines: CommissionLineInput[],
  rules: CommissionRule[],
  context: { market_id: string | null; affiliate_id: string }
): CommissionResult {
  let total = MathBN.convert(0)
  let base = MathBN.convert(0)
  const computed = lines.map((line): CommissionLine => {
    const lineBase = MathBN.max(MathBN.convert(line.base), 0)
    base = MathBN.add(base, lineBase)
    const rule = ruleForLine(line, rules, context)
    if (!rule) {
      return { item_id: line.item_id, base: lineBase.toString(), rule_id: null, scope: null, amount: "0" }
    }
    let amount =
      rule.type === "percent"
        ? MathBN.div(MathBN.mult(lineBase, rule.value), 100)
        : MathBN.mult(rule.value, line.quantity)
    if (rule.cap !== null && rule.cap !== undefined) {
      amount = MathBN.min(amount, rule.cap)
    }
    total = MathBN.add(total, amount)
    return { item_id: line.item_id, base: lineBase.toString(), rule_id: rule.id, scope: rule.scope, amount: amount.toString() }
  })
  return { base: base.toFixed(0), amount: total.decimalPlaces(0, ROUND_HALF_UP).toFixed(0), lines: computed }
}

/**
 * What is left of a commission after refunds took `refundedBase` of its `base` (running totals):
 * `original × (base − refunded) / base`, half-up, never below zero.
 */
export function reducedCommission(original: BigNumberInput, base: BigNumberInput, refundedBase: BigNumberInput): string {
  if (!MathBN.gt(base, 0)) {
    return "0"
  }
  const left = MathBN.max(MathBN.sub(base, refundedBase), 0)
  return MathBN.div(MathBN.mult(original, left), base).decimalPlaces(0, ROUND_HALF_UP).toFixed(0)
}
