import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allocate } from "../../../lib/allocate"
import { CHECKOUT_REFUND_REFERENCE, readGroupPayments } from "../../../lib/group-payments"

/**
 * What was refunded on a checkout order (to the gateway or to the wallet) and not yet passed on to its
 * market orders is split over them in proportion to what each still has unrefunded (largest
 * remainder, whole rials), and recorded on each as a refund transaction. Proportional to the
 * remainder, the parts of a full refund come out exactly at each market order's total.
 */
export const distributeCheckoutRefundsStep = createStep(
  "distribute-checkout-refunds",
  async (input: { checkout_order_id: string }, { container }) => {
    const group = await readGroupPayments(container, input.checkout_order_id)
    if (!group?.parts.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const passedOn = group.parts.reduce((total, part) => MathBN.add(total, part.from_checkout), MathBN.convert(0))
    const delta = MathBN.sub(group.checkout.refunded, passedOn)
    if (!MathBN.gt(delta, 0)) {
      return new StepResponse([] as string[], [] as string[])
    }
    const shares = allocate(delta, group.parts.map((part) => MathBN.max(MathBN.sub(part.total, part.refunded), 0)))
    const rows = group.parts
      .map((part, index) => ({ part, share: shares[index] }))
      .filter(({ share }) => MathBN.gt(share, 0))
      .map(({ part, share }) => ({
        order_id: part.order_id,
        amount: MathBN.mult(share, -1),
        currency_code: group.currency_code,
        reference: CHECKOUT_REFUND_REFERENCE,
        reference_id: group.checkout_order_id,
      }))
    if (!rows.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const added = await container.resolve(Modules.ORDER).addOrderTransactions(rows)
    const ids = added.map((t) => t.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve(Modules.ORDER).deleteOrderTransactions(ids)
    }
  }
)
