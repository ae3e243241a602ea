import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { replaceCartPaymentSessionsStep } from "../steps/replace-cart-payment-sessions"
import { validateSplitPaymentStep } from "../steps/validate-split-payment"

export type StartSplitPaymentWorkflowInput = {
  cart_id: string
  customer_id: string
  wallet_amount: BigNumberInput
  provider_id: string
  /** Handed to the gateway session, e.g. `{ return_url }`. */
  data?: Record<string, unknown>
}

export const startSplitPaymentWorkflowId = "start-split-payment"

/**
 * Pays a cart partly from the wallet and the rest at a gateway: two sessions in the cart's payment
 * collection. Nothing is held yet; the hold happens when the cart completes after the gateway return.
 */
export const startSplitPaymentWorkflow = createWorkflow(
  startSplitPaymentWorkflowId,
  (input: StartSplitPaymentWorkflowInput) => {
    const split = validateSplitPaymentStep({
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      wallet_amount: input.wallet_amount,
    })
    const sessions = replaceCartPaymentSessionsStep(
      transform({ input, split }, ({ input, split }) => ({
        payment_collection_id: split.payment_collection_id,
        currency_code: split.currency_code,
        customer: { id: input.customer_id, email: split.email },
        gateway: { provider_id: input.provider_id, amount: split.gateway_amount, data: input.data },
        wallet_amount: input.wallet_amount,
      }))
    )
    return new WorkflowResponse(sessions)
  }
)
