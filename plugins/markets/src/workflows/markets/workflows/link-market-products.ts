import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkMarketProductsStep, type LinkMarketProductsInput } from "../steps/link-market-products"
import { assignProductsToMarketChannelsStep } from "../steps/assign-products-to-market-channels"

/** Assigns existing products to a market: linked to it and sold through its own channel and the marketplace channel. */
export const linkMarketProductsWorkflow = createWorkflow("link-market-products", (input: LinkMarketProductsInput) => {
  const links = linkMarketProductsStep(input)
  assignProductsToMarketChannelsStep(input)
  return new WorkflowResponse(links)
})
