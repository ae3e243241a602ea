import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { extendHook } from "@asoud/extensions/hooks"
import { fractionalAmountReason } from "../../lib/whole-amounts"

/**
 * No order for a fraction of a rial, whichever provider pays it (the system provider would place one
 * for 531,666.3): every completion path runs this before the order exists.
 */
extendHook(completeCartWorkflow, "validate", {
  id: "platform.whole-amounts",
  order: 5,
  invoke: async ({ cart }: { cart: { total?: BigNumberInput; currency_code?: string } }) => {
    const reason = fractionalAmountReason(cart.total, cart.currency_code)
    if (reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, reason, "fractional_amount")
    }
  },
})
