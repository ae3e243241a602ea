import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MathBN, PaymentEvents } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../modules/wallet"
import type WalletModuleService from "../modules/wallet/service"
import { marketShareOfRefunds } from "../lib/market-share"
import { findOrderMarket } from "../lib/markets-bridge"
import { orderIdOfPayment, orderRefundedTotal } from "../lib/order-refunds"
import { reverseMarketEarningsWorkflow } from "../workflows"

type RefundEvent = { id?: string; order_id?: string }

/**
 * A refund (to the gateway or to the wallet) takes the market's share of it back. Works from running
 * totals, keyed by the refunded total, so replays do nothing and a full refund reverses exactly.
 */
export default async function reverseMarketOnRefund({ event, container }: SubscriberArgs<RefundEvent>) {
  const orderId = event.data.order_id ?? (event.data.id ? await orderIdOfPayment(container, event.data.id) : undefined)
  if (!orderId) {
    return
  }
  const share = await findOrderMarket(container, orderId)
  if (!share) {
    return
  }
  const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
  const entries = await wallets.listWalletEntries({ reference_type: "order", reference_id: orderId })
  const reversed = entries.filter((e) => e.type === "debit").reduce((sum, e) => MathBN.add(sum, e.amount), MathBN.convert(0))
  if (!entries.some((e) => e.type === "credit")) {
    return
  }
  const refunded = await orderRefundedTotal(container, orderId)
  const target = marketShareOfRefunds(refunded, share.total, share.market_amount)
  const amount = MathBN.sub(target, reversed)
  if (!MathBN.gt(amount, 0)) {
    return
  }
  await reverseMarketEarningsWorkflow(container).run({
    input: {
      order_id: orderId,
      market_id: share.market_id,
      currency_code: share.currency_code,
      reference_id: `refunded-${MathBN.convert(refunded).toFixed(0)}`,
      amount: amount.toFixed(0),
    },
  })
}

export const config: SubscriberConfig = { event: [PaymentEvents.REFUNDED, "wallet.order_refunded"] }
