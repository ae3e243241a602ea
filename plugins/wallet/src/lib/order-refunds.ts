import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

type OrderRow = { status?: string; transactions?: { amount?: BigNumberInput | null }[] | null }

/**
 * An order's status and everything refunded on it so far: its negative transactions, which every way
 * back writes (a gateway refund through Medusa, a refund to the wallet, and for a market order split
 * from a checkout, its share of the checkout's refunds passed on by `@asoud/markets`).
 */
export async function orderRefundState(container: MedusaContainer, orderId: string): Promise<{ status: string; refunded: BigNumber }> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "transactions.amount"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as OrderRow | undefined
  const refunded = (order?.transactions ?? [])
    .filter((t) => MathBN.lt(t.amount ?? 0, 0))
    .reduce<BigNumber>((total, t) => new BigNumber(MathBN.sub(total, t.amount ?? 0)), new BigNumber(0))
  return { status: order?.status ?? "unknown", refunded }
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
