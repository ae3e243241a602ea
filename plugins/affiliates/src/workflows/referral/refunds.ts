import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

type OrderMoney = {
  id: string
  status: string
  total: BigNumberInput
  transactions: { amount: BigNumberInput; reference: string | null }[] | null
}

/**
 * Whether an order gave all its money back: canceled, or refunded (a gateway refund through Medusa,
 * or a refund to the wallet; both are `refund` transactions of the order) up to its total.
 */
export async function orderWithdrawn(container: MedusaContainer, orderId: string): Promise<boolean> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "total", "transactions.amount", "transactions.reference"],
    filters: { id: orderId },
  })
  const order = data[0] as OrderMoney | undefined
  if (!order) {
    return false
  }
  if (order.status === "canceled") {
    return true
  }
  const refunded = (order.transactions ?? [])
    .filter((t) => t.reference === "refund")
    .reduce((sum, t) => MathBN.add(sum, MathBN.abs(t.amount)), MathBN.convert(0))
  return MathBN.gt(order.total, 0) && MathBN.gte(refunded, order.total)
}
