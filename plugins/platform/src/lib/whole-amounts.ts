import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** Currencies paid in whole units only: no Iranian gateway or wallet moves a fraction of a rial. */
export const WHOLE_UNIT_CURRENCIES = ["irr"]

/**
 * Why an amount cannot be paid, or undefined when it can. Medusa does not round tax: 10% VAT on a
 * 33,333-rial price is 3,333.3, so a tax-exclusive price can give a total in fractions of a rial.
 */
export function fractionalAmountReason(amount: BigNumberInput | null | undefined, currencyCode: string | null | undefined): string | undefined {
  if (amount === null || amount === undefined || !currencyCode || !WHOLE_UNIT_CURRENCIES.includes(currencyCode.toLowerCase())) {
    return undefined
  }
  const value = MathBN.convert(amount)
  if (value.isInteger()) {
    return undefined
  }
  return (
    `The total ${value.toFixed()} ${currencyCode.toUpperCase()} is not a whole number of rials, so it cannot be paid. ` +
    "Tax on these prices gives a fraction: the store must set prices that include tax (or whose tax is whole)."
  )
}
