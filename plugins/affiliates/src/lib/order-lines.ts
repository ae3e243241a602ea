import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "@asoud/markets/workflows"
import type { CommissionLineInput } from "./commission"

export type MarketOrderLines = { order_id: string; market_id: string | null; currency_code: string; lines: CommissionLineInput[] }

type Item = { id: string; product_id: string | null; quantity: number; subtotal: number; discount_subtotal?: number; discount_total?: number }

/**
 * The orders a checkout became (one per market with `@asoud/markets`; the checkout itself when it
 * was not split) with each line's base: its subtotal before tax, after its discounts, no shipping.
 */
export async function marketOrdersOfCheckout(container: MedusaContainer, checkoutOrderId: string, cartId: string): Promise<MarketOrderLines[]> {
  let parts: { order_id: string; market_id: string | null }[] = [{ order_id: checkoutOrderId, market_id: null }]
  if (container.hasRegistration(MARKET_MODULE)) {
    const markets = container.resolve(MARKET_MODULE) as {
      listOrderGroups: (f: object) => Promise<{ id: string }[]>
      listMarketOrders: (f: object) => Promise<{ order_id: string; market_id: string }[]>
    }
    const [group] = await markets.listOrderGroups({ cart_id: cartId })
    const records = group ? await markets.listMarketOrders({ order_group_id: group.id }) : await markets.listMarketOrders({ order_id: checkoutOrderId })
    if (records.length) {
      parts = records.map((r) => ({ order_id: r.order_id, market_id: r.market_id }))
    }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    // "item_subtotal" makes the order module compute totals, the items' included.
    fields: ["id", "currency_code", "item_subtotal", "items.id", "items.product_id", "items.quantity", "items.subtotal", "items.discount_subtotal", "items.discount_total"],
    filters: { id: parts.map((p) => p.order_id) },
  })
  const productIds = [...new Set(orders.flatMap((o) => ((o.items ?? []) as Item[]).map((i) => i.product_id).filter((id): id is string => !!id)))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "categories.id"], filters: { id: productIds } })
    : { data: [] }
  const categories = new Map(products.map((p) => [p.id, ((p.categories ?? []) as { id: string }[]).map((c) => c.id)]))
  return parts.map((part) => {
    const order = orders.find((o) => o.id === part.order_id)!
    const lines = ((order.items ?? []) as Item[]).map((item) => ({
      item_id: item.id,
      product_id: item.product_id,
      category_ids: item.product_id ? categories.get(item.product_id) ?? [] : [],
      quantity: item.quantity,
      base: MathBN.sub(item.subtotal ?? 0, item.discount_subtotal ?? item.discount_total ?? 0).toString(),
    }))
    return { ...part, currency_code: order.currency_code as string, lines }
  })
}
