import type { HttpTypes } from "@medusajs/types"

export type MarketRef = { id: string; handle: string; name: string }

export type MarketGroup = {
  market: MarketRef | undefined
  items: HttpTypes.StoreCartLineItem[]
  subtotal: number
}

/** A cart's lines by market, in the order their markets first appear; lines of no market come last. */
export function groupByMarket(items: HttpTypes.StoreCartLineItem[], markets: Map<string, MarketRef>): MarketGroup[] {
  const groups = new Map<string, MarketGroup>()
  for (const item of items) {
    const market = item.product_id ? markets.get(item.product_id) : undefined
    const key = market?.id ?? "~none"
    const group = groups.get(key) ?? { market, items: [], subtotal: 0 }
    group.items.push(item)
    group.subtotal += Number(item.subtotal ?? Number(item.unit_price) * Number(item.quantity))
    groups.set(key, group)
  }
  return [...groups.entries()].sort(([a], [b]) => (a === "~none" ? 1 : b === "~none" ? -1 : 0)).map(([, g]) => g)
}
