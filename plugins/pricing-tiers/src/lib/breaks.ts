/** One price row as Medusa stores it, tagged with the tier it belongs to. */
export type TierPriceRow = {
  tier_id: string
  amount: number
  min_quantity: number | null
  max_quantity: number | null
}

export type PriceBreak = { min_quantity: number; amount: number }

export type EffectiveBreak = PriceBreak & { tier_id: string }

/** A break is entitled at quantity q when q falls in its window; NULL bounds are open, as in Medusa. */
export function rowAppliesAt(row: TierPriceRow, quantity: number): boolean {
  const min = row.min_quantity ?? 0
  return min <= quantity && (row.max_quantity === null || quantity <= row.max_quantity)
}

/**
 * The lowest entitled price at each quantity where any row starts, across every row given (retail
 * and the customer's tiers). Ties go to the tier listed first in `tierOrder` (lowest priority number),
 * so the answer never depends on row order. Consecutive breaks with the same amount are merged.
 */
export function effectiveBreaks(rows: TierPriceRow[], tierOrder: string[]): EffectiveBreak[] {
  const rank = (tierId: string) => {
    const index = tierOrder.indexOf(tierId)
    return index === -1 ? Number.MAX_SAFE_INTEGER : index
  }
  const starts = [...new Set(rows.map((row) => Math.max(1, row.min_quantity ?? 1)))].sort((a, b) => a - b)
  const result: EffectiveBreak[] = []
  for (const quantity of starts) {
    const best = rows
      .filter((row) => rowAppliesAt(row, quantity))
      .sort((a, b) => a.amount - b.amount || rank(a.tier_id) - rank(b.tier_id))[0]
    if (!best) {
      continue
    }
    const previous = result[result.length - 1]
    if (previous && previous.amount === best.amount && previous.tier_id === best.tier_id) {
      continue
    }
    result.push({ min_quantity: quantity, amount: best.amount, tier_id: best.tier_id })
  }
  return result
}

/** Windows for a tier's breaks as entered: each break runs until the next one starts, the last is open. */
export function toPriceWindows(breaks: PriceBreak[]): Array<PriceBreak & { max_quantity: number | null }> {
  const sorted = [...breaks].sort((a, b) => a.min_quantity - b.min_quantity)
  return sorted.map((entry, index) => ({
    ...entry,
    max_quantity: index + 1 < sorted.length ? sorted[index + 1].min_quantity - 1 : null,
  }))
}

const ZERO_DECIMAL_CURRENCIES = new Set(["irr", "irt"])

/** Why a break list cannot be saved, or null when it can. */
export function invalidBreaksReason(breaks: PriceBreak[], requireFromOne: boolean, currencyCode: string): string | null {
  const quantities = breaks.map((entry) => entry.min_quantity)
  if (quantities.some((q) => !Number.isInteger(q) || q < 1)) {
    return "min_quantity must be a whole number of 1 or more"
  }
  if (new Set(quantities).size !== quantities.length) {
    return "each min_quantity may appear only once per variant, tier and currency"
  }
  if (breaks.some((entry) => !Number.isFinite(entry.amount) || entry.amount < 0)) {
    return "amount must be a non-negative number in the currency's major unit"
  }
  if (ZERO_DECIMAL_CURRENCIES.has(currencyCode.toLowerCase()) && breaks.some((entry) => !Number.isInteger(entry.amount))) {
    return `${currencyCode.toUpperCase()} amounts are whole numbers`
  }
  if (requireFromOne && !quantities.includes(1)) {
    return "retail prices need a break at min_quantity 1: it is the variant's base price"
  }
  return null
}
