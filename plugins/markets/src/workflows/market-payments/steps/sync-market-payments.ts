import type { CreatePaymentCollectionDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules, PaymentCollectionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allocate } from "../../../lib/allocate"
import { readGroupPayments } from "../../../lib/group-payments"

type CollectionState = {
  id: string
  amount: number
  authorized_amount: number
  captured_amount: number
  refunded_amount: number
  status: PaymentCollectionStatus
}
type Undo = { created: { id: string; order_id: string }[]; previous: CollectionState[] }

// DML types bigNumber inputs as `number`; the payment module stores decimal strings exactly.
const asAmount = (value: unknown) => value as number

/**
 * Each market order split from a checkout shows its share of the group's one payment: a payment
 * collection of its own (no payment in it: the money moved once, on the checkout's collection) with
 * its total, the authorized and captured amounts in proportion to the checkout's (largest remainder,
 * whole rials) and what was refunded on it. Medusa derives the order's payment status from it, so the
 * owner and the shopper see the market order `captured` (or `authorized`, `partially_refunded` …).
 */
export const syncMarketPaymentsStep = createStep(
  "sync-market-payments",
  async (input: { checkout_order_id: string }, { container }) => {
    const undo: Undo = { created: [], previous: [] }
    const group = await readGroupPayments(container, input.checkout_order_id)
    if (!group?.parts.length) {
      return new StepResponse(undefined, undo)
    }
    const payments = container.resolve(Modules.PAYMENT)
    const totals = group.parts.map((part) => part.total)
    const authorized = allocate(group.checkout.authorized, totals)
    const captured = allocate(group.checkout.captured, totals)
    for (const [index, part] of group.parts.entries()) {
      const status = group.checkout.canceled
        ? PaymentCollectionStatus.CANCELED
        : MathBN.gte(captured[index], part.total)
          ? PaymentCollectionStatus.COMPLETED
          : MathBN.gt(authorized[index], 0)
            ? PaymentCollectionStatus.AUTHORIZED
            : PaymentCollectionStatus.NOT_PAID
      const state = {
        amount: asAmount(part.total.numeric),
        authorized_amount: asAmount(authorized[index]),
        captured_amount: asAmount(captured[index]),
        refunded_amount: asAmount(part.refunded.numeric),
        status,
      }
      if (part.collection_id) {
        const before = await payments.retrievePaymentCollection(part.collection_id, {
          select: ["id", "amount", "authorized_amount", "captured_amount", "refunded_amount", "status"],
        })
        undo.previous.push(before as unknown as CollectionState)
        await payments.updatePaymentCollections(part.collection_id, state as never)
        continue
      }
      // The payment module stores the amounts and status given; its create type only lists the basics.
      const [collection] = await payments.createPaymentCollections([
        {
          currency_code: group.currency_code,
          ...state,
          metadata: { order_group_id: group.order_group_id, checkout_order_id: group.checkout_order_id },
        } as CreatePaymentCollectionDTO,
      ])
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [Modules.ORDER]: { order_id: part.order_id },
        [Modules.PAYMENT]: { payment_collection_id: collection.id },
      })
      undo.created.push({ id: collection.id, order_id: part.order_id })
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const payments = container.resolve(Modules.PAYMENT)
    for (const previous of undo.previous) {
      const { id, ...state } = previous
      await payments.updatePaymentCollections(id, state as never)
    }
    for (const created of undo.created) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.ORDER]: { order_id: created.order_id },
        [Modules.PAYMENT]: { payment_collection_id: created.id },
      })
      await payments.deletePaymentCollections([created.id])
    }
  }
)
