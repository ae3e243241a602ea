import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePricingTierWorkflow } from "../../../../workflows/pricing-tiers/workflows/update-pricing-tier"
import type { AdminUpdatePricingTierType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePricingTierType>, res: MedusaResponse) => {
  const { result } = await updatePricingTierWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ pricing_tier: result })
}
