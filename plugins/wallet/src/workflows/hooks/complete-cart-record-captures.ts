import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { BigNumberInput } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { extendHook } from "@asoud/extensions/hooks"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type Capture = { id: string; raw_amount: BigNumberInput }
type PaidOrder = {
  id: string
  currency_code: string
  transactions?: { reference: string | null; reference_id: string | null }[] | null
  payment_collections?: { payments?: { captures?: Capture[] | null }[] | null }[] | null
}

/**
 * Medusa records as order transactions only the captures of the payment its own step authorized. A
 * split payment is authorized by our `beforePaymentAuthorization` hook (so Medusa's step reuses a
 * payment without reading its captures): here every capture of the order's payments that has no
 * transaction yet gets one, so the order's paid total is what the bank and the wallet took.
 * Runs before the markets split (order 5 < 10), which reads the checkout order's totals.
 */
extendHook<{ order_id: string; cart_id: string }, undefined, string[]>(completeCartWorkflow, "orderCreated", {
  id: "wallet.record-captures",
  order: 5,
  invoke: async ({ order_id }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "transactions.reference",
        "transactions.reference_id",
        "payment_collections.payments.captures.id",
        "payment_collections.payments.captures.raw_amount",
      ],
      filters: { id: order_id },
    })
    const order = data[0] as unknown as PaidOrder | undefined
    if (!order) {
      return new StepResponse(undefined, [] as string[])
    }
    const recorded = new Set((order.transactions ?? []).filter((t) => t.reference === "capture").map((t) => t.reference_id))
    const missing = (order.payment_collections ?? [])
      .flatMap((c) => c.payments ?? [])
      .flatMap((p) => p.captures ?? [])
      .filter((c) => !recorded.has(c.id))
    if (!missing.length) {
      return new StepResponse(undefined, [] as string[])
    }
    const added = await container.resolve(Modules.ORDER).addOrderTransactions(
      missing.map((c) => ({
        order_id: order.id,
        amount: c.raw_amount,
        currency_code: order.currency_code,
        reference: "capture",
        reference_id: c.id,
      }))
    )
    return new StepResponse(undefined, added.map((t) => t.id))
  },
  compensate: async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve(Modules.ORDER).deleteOrderTransactions(ids)
    }
  },
})
