import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPricingTierWorkflow } from "../../../workflows/pricing-tiers/workflows/create-pricing-tier"
import { listTiers } from "../../../lib/tier-context"
import type { AdminCreatePricingTierType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ pricing_tiers: await listTiers(req.scope) })
}

/** A custom tier: its own customer group and price list, created together. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePricingTierType>, res: MedusaResponse) => {
  const { result } = await createPricingTierWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ pricing_tier: result })
}
