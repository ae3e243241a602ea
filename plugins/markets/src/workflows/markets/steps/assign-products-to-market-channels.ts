import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateMarketCache } from "../../../lib/market-cache"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { LinkMarketProductsInput } from "./link-market-products"

const link = (productId: string, channelId: string): LinkDefinition => ({
  [Modules.PRODUCT]: { product_id: productId },
  [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
})

/**
 * A market's products sell through its own sales channel and, while the market is active, the
 * marketplace channel (the store's default); no other channel.
 */
export const assignProductsToMarketChannelsStep = createStep(
  "assign-products-to-market-channels",
  async (input: LinkMarketProductsInput, { container }) => {
    const market = await container.resolve<MarketModuleService>(MARKET_MODULE).retrieveMarket(input.market_id)
    if (!market.sales_channel_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Market ${market.handle} has no sales channel`)
    }
    const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
    const wanted = [market.sales_channel_id]
    if (market.status === "active" && store?.default_sales_channel_id) {
      wanted.push(store.default_sales_channel_id)
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_sales_channel",
      fields: ["product_id", "sales_channel_id"],
      filters: { product_id: input.product_ids },
    })
    const current = data as { product_id: string; sales_channel_id: string }[]
    const dismiss = current.filter((row) => !wanted.includes(row.sales_channel_id)).map((row) => link(row.product_id, row.sales_channel_id))
    const create = input.product_ids.flatMap((id) =>
      wanted
        .filter((channel) => !current.some((row) => row.product_id === id && row.sales_channel_id === channel))
        .map((channel) => link(id, channel))
    )
    const links = container.resolve(ContainerRegistrationKeys.LINK)
    if (dismiss.length) {
      await links.dismiss(dismiss)
    }
    if (create.length) {
      await links.create(create)
    }
    invalidateMarketCache()
    return new StepResponse({ created: create.length, dismissed: dismiss.length }, { create, dismiss })
  },
  async (changes, { container }) => {
    if (!changes) {
      return
    }
    const links = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.create.length) {
      await links.dismiss(changes.create)
    }
    if (changes.dismiss.length) {
      await links.create(changes.dismiss)
    }
  }
)
