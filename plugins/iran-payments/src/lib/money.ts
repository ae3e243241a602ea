import { BigNumber } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/** The unit a gateway counts in: Rial (what Shaparak uses) or Toman (10 Rial, Zarinpal's option). */
export type GatewayUnit = "IRR" | "IRT"

/** An IRR amount from Medusa as an exact integer; fractions of a Rial cannot be paid. */
export function toRialInteger(amount: BigNumberInput): number {
  const value = new BigNumber(amount).bigNumber!
  if (!value.isInteger() || value.isNegative()) {
    throw new Error(`Amount ${value.toFixed()} IRR is not a whole, non-negative number of Rial`)
  }
  const rial = Number(value.toFixed(0))
  if (!Number.isSafeInteger(rial)) {
    throw new Error(`Amount ${value.toFixed()} IRR is too large for a gateway`)
  }
  return rial
}

/** Rial to the gateway's unit with integers only: a Toman amount must be a whole number of Toman. */
export function rialToGatewayAmount(rial: number, unit: GatewayUnit): number {
  if (!Number.isSafeInteger(rial) || rial < 0) {
    throw new Error(`Amount ${rial} IRR is not a whole, non-negative number of Rial`)
  }
  if (unit === "IRR") {
    return rial
  }
  if (rial % 10 !== 0) {
    throw new Error(`Amount ${rial} IRR is not a whole number of Toman; this gateway is configured for IRT`)
  }
  return rial / 10
}

export function gatewayAmountToRial(amount: number, unit: GatewayUnit): number {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new Error(`Gateway amount ${amount} ${unit} is not a whole, non-negative number`)
  }
  return unit === "IRR" ? amount : amount * 10
}
