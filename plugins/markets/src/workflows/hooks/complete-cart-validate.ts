import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { extendHook } from "@asoud/extensions/hooks"
import { getMarketSnapshot } from "../../lib/market-cache"
import { marketOfProducts } from "../../lib/ownership"

type CartItems = { items?: ({ product_id?: string | null } | null)[] | null }

/**
 * A cart holding an item of a market that is not active (suspended, closed, pending) cannot
 * complete, whichever route completes it: the stock complete route and the gateway return route
 * both run `completeCartWorkflow`. Checked before the order exists and before payment is authorised.
 */
extendHook(completeCartWorkflow, "validate", {
  id: "markets.active-markets",
  order: 10,
  invoke: async ({ cart }: { cart: unknown }, { container }) => {
    const productIds = [
      ...new Set(((cart as CartItems).items ?? []).map((item) => item?.product_id).filter((id): id is string => !!id)),
    ]
    if (!productIds.length) {
      return
    }
    const marketOf = await marketOfProducts(container, productIds)
    if (!marketOf.size) {
      return
    }
    const snapshot = await getMarketSnapshot(container)
    for (const marketId of new Set(marketOf.values())) {
      const market = snapshot.byId.get(marketId)
      if (!market || market.status !== "active") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The market ${market?.handle ?? marketId} is not accepting orders; remove its items to continue`
        )
      }
    }
  },
})
