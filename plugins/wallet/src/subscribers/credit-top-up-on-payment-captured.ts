import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, PaymentEvents } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../modules/wallet"
import type WalletModuleService from "../modules/wallet/service"
import { completeTopUpWorkflow } from "../workflows"

/**
 * Any provider whose capture goes through Medusa's capture workflow (an admin capture, the system
 * provider) credits a top-up too. Same key as the gateway path, so both together credit once.
 */
export default async function creditTopUpOnPaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  const [payment] = await container.resolve(Modules.PAYMENT).listPayments({ id: event.data.id })
  if (!payment) {
    return
  }
  const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
  const [topUp] = await wallets.listWalletTopUps({ payment_collection_id: payment.payment_collection_id })
  if (!topUp || topUp.status === "credited") {
    return
  }
  await completeTopUpWorkflow(container).run({ input: { payment_collection_id: topUp.payment_collection_id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED }
