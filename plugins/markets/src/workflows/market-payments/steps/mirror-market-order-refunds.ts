import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_ORDER_REFUND_REFERENCE, readGroupPayments } from "../../../lib/group-payments"

/**
 * A refund made on a market order itself (e.g. to the wallet, for one market's item) left the group's
 * money too: the checkout order records it as well (`market_order_refund`, reference_id = the market
 * order), so what the checkout can still refund goes down by as much and is never refunded twice.
 */
export const mirrorMarketOrderRefundsStep = createStep(
  "mirror-market-order-refunds",
  async (input: { checkout_order_id: string }, { container }) => {
    const group = await readGroupPayments(container, input.checkout_order_id)
    const rows = (group?.parts ?? [])
      .map((part) => ({ part, missing: MathBN.sub(MathBN.sub(part.refunded, part.from_checkout), part.on_checkout) }))
      .filter(({ missing }) => MathBN.gt(missing, 0))
      .map(({ part, missing }) => ({
        order_id: group!.checkout_order_id,
        amount: MathBN.mult(missing, -1),
        currency_code: group!.currency_code,
        reference: MARKET_ORDER_REFUND_REFERENCE,
        reference_id: part.order_id,
      }))
    if (!rows.length) {
      return new StepResponse(undefined, [] as string[])
    }
    const added = await container.resolve(Modules.ORDER).addOrderTransactions(rows)
    return new StepResponse(undefined, added.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve(Modules.ORDER).deleteOrderTransactions(ids)
    }
  }
)
