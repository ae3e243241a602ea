import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../modules/wallet"
import type WalletModuleService from "../modules/wallet/service"

type AmountRow = { raw_amount?: BigNumberInput; amount?: BigNumberInput }

/** Everything refunded on an order so far: gateway/provider refunds plus refunds to the wallet. */
export async function orderRefundedTotal(container: MedusaContainer, orderId: string): Promise<BigNumber> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.refunds.raw_amount"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as { payment_collections?: { payments?: { refunds?: AmountRow[] }[] }[] } | undefined
  const refunds: AmountRow[] = (order?.payment_collections ?? [])
    .flatMap((pc) => pc.payments ?? [])
    .flatMap((payment) => payment.refunds ?? [])
  const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
  const toWallet = await wallets.listWalletEntries({ reference_type: "refund", reference_id: orderId, type: "credit" })
  return [...refunds, ...(toWallet as unknown as AmountRow[])].reduce<BigNumber>(
    (total, row) => new BigNumber(MathBN.add(total, row.raw_amount ?? row.amount ?? 0)),
    new BigNumber(0)
  )
}

/** The order a payment belongs to, through Medusa's order ↔ payment collection link. */
export async function orderIdOfPayment(container: MedusaContainer, paymentId: string): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection_id"],
    filters: { id: paymentId },
  })
  const collectionId = (payments[0] as { payment_collection_id?: string } | undefined)?.payment_collection_id
  if (!collectionId) {
    return undefined
  }
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: collectionId },
  })
  return (links[0] as { order_id?: string } | undefined)?.order_id
}
