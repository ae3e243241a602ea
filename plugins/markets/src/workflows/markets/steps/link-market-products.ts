import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { marketOfProducts } from "../../../lib/ownership"
import { MARKET_MODULE } from "../../../modules/market"

export type LinkMarketProductsInput = { market_id: string; product_ids: string[] }

/** Links products to a market; a product already in another market is a conflict, not a move. */
export const linkMarketProductsStep = createStep(
  "link-market-products",
  async (input: LinkMarketProductsInput, { container }) => {
    const owners = await marketOfProducts(container, input.product_ids)
    const taken = input.product_ids.filter((id) => owners.has(id) && owners.get(id) !== input.market_id)
    if (taken.length) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Products already belong to another market: ${taken.join(", ")}`)
    }
    const links = input.product_ids
      .filter((product_id) => !owners.has(product_id))
      .map((product_id) => ({
        [MARKET_MODULE]: { market_id: input.market_id },
        [Modules.PRODUCT]: { product_id },
      }))
    if (links.length) {
      await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    }
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (links?.length) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
    }
  }
)
