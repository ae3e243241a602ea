import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readGroupPayments, shareOfRefunded, type GroupPart } from "../../../lib/group-payments"

/** Kept on each market order's metadata: what its refunds took back, as running totals. */
export const MARKET_REFUNDS_KEY = "asoud_refunds"

export type MarketRefunds = {
  refunded_total: string
  commission_refunded: string
  market_earning_refunded: string
  item_subtotal_refunded: string
}

/** `market_order.refunded`: a market order lost part of its money (see the plugin README). */
export type MarketOrderRefundedEvent = {
  id: string
  order_group_id: string
  checkout_order_id: string
  refund_amount: string
  refunded_total: string
  item_subtotal_refunded: string
}

function refundsOf(part: GroupPart): MarketRefunds {
  const refunded = part.refunded
  // The same rounding as @asoud/wallet's earning reversal, so the wallet and this record agree.
  const earning = shareOfRefunded(refunded, part.total, MathBN.sub(part.total, part.commission_amount))
  return {
    refunded_total: MathBN.convert(refunded).toFixed(),
    commission_refunded: MathBN.sub(refunded, earning).toFixed(),
    market_earning_refunded: earning,
    item_subtotal_refunded: shareOfRefunded(refunded, part.total, part.item_subtotal),
  }
}

/**
 * Writes each refunded market order's running refund, the platform's commission and the market's
 * earning taken back in proportion (commission + earning = refunded, exactly), on the order where
 * its owner and the platform see it, and answers the `market_order.refunded` events to send.
 */
export const recordMarketRefundsStep = createStep(
  "record-market-refunds",
  async (input: { checkout_order_id: string }, { container }) => {
    const group = await readGroupPayments(container, input.checkout_order_id)
    const parts = group ? (group.parts.length ? group.parts : group.single ? [group.single] : []) : []
    const events: MarketOrderRefundedEvent[] = []
    const previous: { id: string; metadata: Record<string, unknown> }[] = []
    const orders = container.resolve(Modules.ORDER)
    for (const part of parts) {
      const before = (part.metadata[MARKET_REFUNDS_KEY] as MarketRefunds | undefined)?.refunded_total ?? "0"
      const now = refundsOf(part)
      if (!MathBN.gt(now.refunded_total, before)) {
        continue
      }
      previous.push({ id: part.order_id, metadata: part.metadata })
      await orders.updateOrders(part.order_id, { metadata: { ...part.metadata, [MARKET_REFUNDS_KEY]: now } })
      events.push({
        id: part.order_id,
        order_group_id: group!.order_group_id,
        checkout_order_id: group!.checkout_order_id,
        refund_amount: MathBN.sub(now.refunded_total, before).toFixed(0),
        refunded_total: now.refunded_total,
        item_subtotal_refunded: now.item_subtotal_refunded,
      })
    }
    return new StepResponse(events, previous)
  },
  async (previous, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    for (const { id, metadata } of previous ?? []) {
      await orders.updateOrders(id, { metadata })
    }
  }
)
