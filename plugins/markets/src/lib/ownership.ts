import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import MarketProductLink from "../links/market-product"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"

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
