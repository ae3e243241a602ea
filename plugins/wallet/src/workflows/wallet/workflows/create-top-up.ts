import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { createPaymentCollectionsStep, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { createTopUpStep } from "../steps/create-top-up"
import { ensureWalletStep } from "../steps/ensure-wallet"
import { validateTopUpProviderStep } from "../steps/validate-top-up-provider"

export type CreateTopUpWorkflowInput = {
  customer_id: string
  amount: BigNumberInput
  currency_code: string
  provider_id: string
  /** Passed to the gateway's session, e.g. `{ return_url }` for the Iranian gateways. */
  data?: Record<string, unknown>
}

export const createTopUpWorkflowId = "create-wallet-top-up"

/**
 * Starts a top-up: a payment collection of its own (no cart) with a session at the chosen gateway.
 * The wallet is credited later, once, when the payment is verified and captured.
 */
export const createTopUpWorkflow = createWorkflow(createTopUpWorkflowId, (input: CreateTopUpWorkflowInput) => {
  validateTopUpProviderStep({ provider_id: input.provider_id })
  const wallet = ensureWalletStep(
    transform({ input }, ({ input }) => ({
      owner_type: "customer" as const,
      owner_id: input.customer_id,
      currency_code: input.currency_code,
    }))
  )
  const collections = createPaymentCollectionsStep(
    transform({ input }, ({ input }) => [
      { currency_code: input.currency_code.toLowerCase(), amount: input.amount, metadata: { wallet_top_up: true } },
    ])
  )
  const collection = transform({ collections }, ({ collections }) => collections[0])
  const session = createPaymentSessionsWorkflow.runAsStep({
    input: transform({ input, collection }, ({ input, collection }) => ({
      payment_collection_id: collection.id,
      provider_id: input.provider_id,
      customer_id: input.customer_id,
      data: input.data ?? {},
    })),
  })
  const topUp = createTopUpStep(
    transform({ input, wallet, collection }, ({ input, wallet, collection }) => ({
      wallet_id: wallet.id,
      amount: input.amount,
      currency_code: wallet.currency_code,
      provider_id: input.provider_id,
      payment_collection_id: collection.id,
    }))
  )
  return new WorkflowResponse({ top_up: topUp, payment_session: session })
})
