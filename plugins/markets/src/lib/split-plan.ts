/** The part of a checkout that one market (or, for `market_id: null`, the platform) fulfils. */
export type SplitPart<Item, Method> = {
  market_id: string | null
  items: Item[]
  shipping_methods: Method[]
}

type PlannableItem = { product_id?: string | null }
type PlannableMethod = { shipping_profile_id?: string | null }

/**
 * Groups a checkout order's items by the market of their product, in the order they appear. A
 * shipping method goes to the market whose shipping profile it serves; a method of a shared
 * (platform) profile goes to the first part, so every amount the customer paid lands in exactly one
 * market order and the parts add up to the checkout.
 */
export function planSplit<Item extends PlannableItem, Method extends PlannableMethod>(
  items: Item[],
  shippingMethods: Method[],
  marketOfProduct: Map<string, string>,
  marketOfShippingProfile: Map<string, string>
): SplitPart<Item, Method>[] {
  const parts = new Map<string | null, SplitPart<Item, Method>>()
  for (const item of items) {
    const marketId = (item.product_id && marketOfProduct.get(item.product_id)) || null
    if (!parts.has(marketId)) {
      parts.set(marketId, { market_id: marketId, items: [], shipping_methods: [] })
    }
    parts.get(marketId)!.items.push(item)
  }
  const ordered = [...parts.values()]
  for (const method of shippingMethods) {
    const marketId = method.shipping_profile_id ? marketOfShippingProfile.get(method.shipping_profile_id) : undefined
    const target = (marketId && parts.get(marketId)) || ordered[0]
    target?.shipping_methods.push(method)
  }
  return ordered
}
