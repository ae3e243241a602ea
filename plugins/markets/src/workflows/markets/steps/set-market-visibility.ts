import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateMarketCache } from "../../../lib/market-cache"
import MarketProductLink from "../../../links/market-product"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

export type SetMarketVisibilityInput = { market_id: string; visible: boolean }

type Plan = { create: LinkDefinition[]; dismiss: LinkDefinition[] }

const productLink = (productId: string, channelId: string): LinkDefinition => ({
  [Modules.PRODUCT]: { product_id: productId },
  [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
})

/**
 * The marketplace storefront is the store's default sales channel. An active market's products are
 * listed there besides its own channel, and its stock location serves that channel (so marketplace
 * carts can reserve its stock); hiding the market takes its products out of the marketplace channel.
 * Only the links that actually change are written, and compensation reverses exactly those.
 */
async function plan(container: MedusaContainer, input: SetMarketVisibilityInput): Promise<Plan> {
  const market = await container.resolve<MarketModuleService>(MARKET_MODULE).retrieveMarket(input.market_id)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
  const marketplace = store?.default_sales_channel_id
  if (!marketplace || marketplace === market.sales_channel_id) {
    return { create: [], dismiss: [] }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: owned } = await query.graph({
    entity: MarketProductLink.entryPoint,
    fields: ["product_id"],
    filters: { market_id: market.id },
  })
  const productIds = (owned as { product_id: string }[]).map((row) => row.product_id)
  const { data: listed } = productIds.length
    ? await query.graph({
        entity: "product_sales_channel",
        fields: ["product_id"],
        filters: { product_id: productIds, sales_channel_id: marketplace },
      })
    : { data: [] }
  const listedIds = new Set((listed as { product_id: string }[]).map((row) => row.product_id))
  if (!input.visible) {
    return { create: [], dismiss: [...listedIds].map((id) => productLink(id, marketplace)) }
  }
  const create = productIds.filter((id) => !listedIds.has(id)).map((id) => productLink(id, marketplace))
  if (market.stock_location_id) {
    const { data: served } = await query.graph({
      entity: "sales_channel_location",
      fields: ["stock_location_id"],
      filters: { sales_channel_id: marketplace, stock_location_id: market.stock_location_id },
    })
    if (!served.length) {
      create.push({
        [Modules.SALES_CHANNEL]: { sales_channel_id: marketplace },
        [Modules.STOCK_LOCATION]: { stock_location_id: market.stock_location_id },
      })
    }
  }
  return { create, dismiss: [] }
}

async function apply(container: MedusaContainer, changes: Plan) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (changes.dismiss.length) {
    await link.dismiss(changes.dismiss)
  }
  if (changes.create.length) {
    await link.create(changes.create)
  }
  invalidateMarketCache()
}

export const setMarketVisibilityStep = createStep(
  "set-market-visibility",
  async (input: SetMarketVisibilityInput, { container }) => {
    const changes = await plan(container, input)
    await apply(container, changes)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (changes) {
      await apply(container, { create: changes.dismiss, dismiss: changes.create })
    }
  }
)
