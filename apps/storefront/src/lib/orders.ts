import type { HttpTypes } from "@medusajs/types"
import type { MarketRef } from "./grouping"
import { productMarkets } from "./markets"
import { getSdk } from "./sdk"

const ORDER_FIELDS =
  "id,display_id,created_at,status,payment_status,fulfillment_status,total,item_total,shipping_total,tax_total,metadata,*items,*shipping_methods,*shipping_address"

/** What the split checkout writes on each market's order: the checkout order it came from. */
const CHECKOUT_ORDER_KEY = "checkout_order_id"

export type OrderPart = { order: HttpTypes.StoreOrder; market: MarketRef | undefined }
/** One checkout: the order the shopper paid, and the per-market orders it was split into (if several). */
export type OrderGroup = { order: HttpTypes.StoreOrder; parts: OrderPart[]; market: MarketRef | undefined }

const checkoutOf = (order: HttpTypes.StoreOrder) => {
  const value = (order.metadata as Record<string, unknown> | null | undefined)?.[CHECKOUT_ORDER_KEY]
  return typeof value === "string" ? value : undefined
}

async function marketOf(orders: HttpTypes.StoreOrder[]): Promise<Map<string, MarketRef | undefined>> {
  const productIds = orders.flatMap((o) => (o.items ?? []).map((i) => i.product_id)).filter((id): id is string => !!id)
  const markets = await productMarkets(productIds)
  return new Map(
    orders.map((o) => {
      const ids = new Set((o.items ?? []).map((i) => markets.get(i.product_id ?? "")?.id))
      const first = (o.items ?? []).map((i) => markets.get(i.product_id ?? "")).find(Boolean)
      return [o.id, ids.size === 1 ? first : undefined]
    })
  )
}

/** The customer's checkouts, newest first, each with its per-market parts. */
export async function listOrderGroups(): Promise<OrderGroup[]> {
  const sdk = await getSdk()
  const { orders } = await sdk.store.order.list({ fields: ORDER_FIELDS, limit: 50, order: "-created_at" })
  const markets = await marketOf(orders)
  const parts = new Map<string, OrderPart[]>()
  for (const order of orders) {
    const checkout = checkoutOf(order)
    if (checkout) parts.set(checkout, [...(parts.get(checkout) ?? []), { order, market: markets.get(order.id) }])
  }
  return orders
    .filter((order) => !checkoutOf(order) || !orders.some((o) => o.id === checkoutOf(order)))
    .map((order) => ({ order, parts: parts.get(order.id) ?? [], market: markets.get(order.id) }))
}

/** One checkout by its order id (the id the bank's return carries), or undefined. */
export async function loadOrderGroup(orderId: string): Promise<OrderGroup | undefined> {
  const groups = await listOrderGroups().catch(() => [])
  const found = groups.find((g) => g.order.id === orderId || g.parts.some((p) => p.order.id === orderId))
  if (found) return found
  try {
    const { order } = await (await getSdk()).store.order.retrieve(orderId, { fields: ORDER_FIELDS })
    return { order, parts: [], market: (await marketOf([order])).get(order.id) }
  } catch {
    return undefined
  }
}
