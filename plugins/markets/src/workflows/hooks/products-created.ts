import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductDTO } from "@medusajs/framework/types"
import { extendHook } from "@asoud/extensions/hooks"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

/**
 * `additional_data.market_id` on product creation links the new products to that market. The admin
 * isolation middleware sets it for market staff; a platform admin may pass it to create a market's
 * product.
 */
type MarketLink = Record<string, Record<string, string>>
type ProductsCreatedInput = { products: ProductDTO[]; additional_data?: Record<string, unknown> }

extendHook<ProductsCreatedInput, MarketLink[], MarketLink[]>(createProductsWorkflow, "productsCreated", {
  id: "markets.link-market-products",
  order: 10,
  invoke: async ({ products, additional_data }, { container }) => {
    const marketId = additional_data?.market_id
    if (typeof marketId !== "string" || !products.length) {
      return new StepResponse([], [])
    }
    const [market] = await container.resolve<MarketModuleService>(MARKET_MODULE).listMarkets({ id: marketId }, { select: ["id"] })
    if (!market) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Market with id: ${marketId} was not found`)
    }
    const links = products.map((product) => ({
      [MARKET_MODULE]: { market_id: marketId },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  compensate: async (links, { container }) => {
    if (links?.length) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
    }
  },
})
