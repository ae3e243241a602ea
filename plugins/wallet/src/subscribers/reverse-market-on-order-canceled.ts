import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../modules/wallet"
import type WalletModuleService from "../modules/wallet/service"
import { findOrderMarket } from "../lib/markets-bridge"
import { reverseMarketEarningsWorkflow } from "../workflows"

/** A canceled order takes back whatever its market still holds of the order's earning. */
export default async function reverseMarketOnOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  const share = await findOrderMarket(container, event.data.id)
  if (!share) {
    return
  }
  const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
  const credited = await wallets.listWalletEntries({ reference_type: "order", reference_id: share.order_id }, { take: 1 })
  if (!credited.length) {
    return
  }
  await reverseMarketEarningsWorkflow(container).run({
    input: {
      order_id: share.order_id,
      market_id: share.market_id,
      currency_code: share.currency_code,
      reference_id: "cancel",
    },
  })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }
