import { addToCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { extendHook } from "@asoud/extensions/hooks"
import { getMarketSnapshot } from "../../lib/market-cache"
import { marketOfProducts } from "../../lib/ownership"

type ItemInput = { variant_id?: string | null } | null
type CartLike = { sales_channel_id?: string | null } | null | undefined

/**
 * A cart in a market's own sales channel is that market's storefront cart (created with the market's
 * publishable key, its `x-market` header or its domain): it holds that market's products only. The
 * marketplace channel's carts may mix markets (and split on completion). Medusa itself only checks
 * that some stock location of the channel stocks a variant, which lets unmanaged-stock variants of
 * any market in; this checks the product's market.
 */
async function assertItemsOfCartMarket(container: MedusaContainer, cart: CartLike, items: ItemInput[] | null | undefined) {
  const channelId = cart?.sales_channel_id
  const variantIds = [...new Set((items ?? []).map((item) => item?.variant_id).filter((id): id is string => !!id))]
  if (!channelId || !variantIds.length) {
    return
  }
  const market = (await getMarketSnapshot(container)).bySalesChannel.get(channelId)
  if (!market) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: variantIds } })
  const productOf = new Map((data as { id: string; product_id: string | null }[]).map((variant) => [variant.id, variant.product_id]))
  const marketOf = await marketOfProducts(container, [...new Set([...productOf.values()].filter((id): id is string => !!id))])
  for (const variantId of variantIds) {
    const productId = productOf.get(variantId)
    if (!productId || marketOf.get(productId) !== market.id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant ${variantId} is not sold by ${market.handle}: a market's cart holds that market's products only`
      )
    }
  }
}

extendHook(addToCartWorkflow, "validate", {
  id: "markets.cart-market-items",
  order: 10,
  invoke: async ({ input, cart }: { input: { items?: ItemInput[] }; cart: CartLike }, { container }) => {
    await assertItemsOfCartMarket(container, cart, input.items)
  },
})

extendHook(createCartWorkflow, "validate", {
  id: "markets.cart-market-items",
  order: 10,
  invoke: async ({ input }: { input: CartLike & { items?: ItemInput[] } }, { container }) => {
    await assertItemsOfCartMarket(container, input, input?.items)
  },
})
