import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

/**
 * `additional_data.market_id` on product creation links the new products to that market. The admin
 * isolation middleware sets it for market staff; a platform admin may pass it to create a market's
 * product.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const marketId = (additional_data as { market_id?: unknown } | undefined)?.market_id
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
  async (links, { container }) => {
    if (links?.length) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
    }
  }
)
