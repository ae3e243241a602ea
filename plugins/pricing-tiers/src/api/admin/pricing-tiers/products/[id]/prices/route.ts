import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readTierPriceGrid } from "../../../../../../lib/admin-grid"
import { setTierPricesWorkflow } from "../../../../../../workflows/pricing-tiers/workflows/set-tier-prices"
import type { AdminSetTierPricesType, AdminTierPriceGridParamsType } from "../../../validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminTierPriceGridParamsType>, res: MedusaResponse) => {
  const currencyCode = req.validatedQuery.currency_code.toLowerCase()
  res.json({ tier_prices: await readTierPriceGrid(req.scope, req.params.id, currencyCode) })
}

/** The whole grid (or any part of it) in one call: each (variant, tier) pair sent gets exactly its breaks. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetTierPricesType>, res: MedusaResponse) => {
  const currencyCode = req.validatedBody.currency_code.toLowerCase()
  const grid = await readTierPriceGrid(req.scope, req.params.id, currencyCode)
  const ownVariants = new Set(grid.variants.map((variant: { id: string }) => variant.id))
  const foreign = req.validatedBody.prices.find((entry) => !ownVariants.has(entry.variant_id))
  if (foreign) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${foreign.variant_id} is not a variant of product ${req.params.id}`)
  }
  await setTierPricesWorkflow(req.scope).run({ input: { ...req.validatedBody, currency_code: currencyCode } })
  res.json({ tier_prices: await readTierPriceGrid(req.scope, req.params.id, currencyCode) })
}
