import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import MarketProductLink from "../links/market-product"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"
import type { ScopedResource } from "./admin-allow-list"
import type { MarketContext } from "./market-context"

/** The market (if any) a product belongs to. */
export async function marketOfProducts(container: MedusaContainer, productIds: string[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: MarketProductLink.entryPoint,
    fields: ["market_id", "product_id"],
    filters: { product_id: productIds },
  })
  return new Map((data as { market_id: string; product_id: string }[]).map((row) => [row.product_id, row.market_id]))
}

/** The market (if any) a Medusa order belongs to. */
export async function marketOfOrder(container: MedusaContainer, orderId: string): Promise<string | undefined> {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const [row] = await service.listMarketOrders({ order_id: orderId }, { select: ["id", "market_id"] })
  return (row as { market_id?: string } | undefined)?.market_id
}

async function marketOfInventoryItem(container: MedusaContainer, itemId: string): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.product_id"],
    filters: { id: itemId },
  })
  const productIds = (data[0]?.variants ?? [])
    .map((variant: { product_id?: string | null } | null) => variant?.product_id)
    .filter((id: string | null | undefined): id is string => !!id)
  if (!productIds.length) {
    return undefined
  }
  const markets = await marketOfProducts(container, productIds)
  return markets.get(productIds[0])
}

/** Whether a resource id belongs to one of the member's markets. */
export async function ownsResource(
  container: MedusaContainer,
  context: MarketContext,
  resource: ScopedResource,
  id: string
): Promise<boolean> {
  switch (resource) {
    case "market":
      return context.market_ids.includes(id)
    case "stock_location":
      return context.stock_location_ids.includes(id)
    case "product": {
      const market = (await marketOfProducts(container, [id])).get(id)
      return !!market && context.market_ids.includes(market)
    }
    case "order": {
      const market = await marketOfOrder(container, id)
      return !!market && context.market_ids.includes(market)
    }
    case "inventory_item": {
      const market = await marketOfInventoryItem(container, id)
      return !!market && context.market_ids.includes(market)
    }
  }
}
