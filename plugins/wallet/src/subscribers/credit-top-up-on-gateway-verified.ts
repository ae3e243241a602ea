import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WALLET_MODULE } from "../modules/wallet"
import type WalletModuleService from "../modules/wallet/service"
import { completeTopUpWorkflow } from "../workflows"

type GatewayVerified = { payment_collection_id: string; payment_id: string }

/**
 * `@asoud/iran-payments` emits this once a gateway return (or its reconciliation job) verified a
 * payment outside a cart. Ours when the collection is a top-up; the credit is keyed by the top-up.
 */
export default async function creditTopUpOnGatewayVerified({ event, container }: SubscriberArgs<GatewayVerified>) {
  const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
  const [topUp] = await wallets.listWalletTopUps({ payment_collection_id: event.data.payment_collection_id })
  if (!topUp || topUp.status === "credited") {
    return
  }
  await completeTopUpWorkflow(container).run({ input: { payment_collection_id: topUp.payment_collection_id } })
}

export const config: SubscriberConfig = { event: "iran-payments.payment.verified" }
