import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopperTiers } from "../../../lib/store-pricing"

/** The tiers a storefront can show and offer applications for, and which ones this shopper is in. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { all, entitled } = await shopperTiers(req.scope, req.auth_context?.actor_id || undefined)
  const memberOf = new Set(entitled.map((tier) => tier.id))
  res.json({
    pricing_tiers: all.map((tier) => ({
      id: tier.id,
      handle: tier.handle,
      name: tier.name,
      is_retail: tier.is_retail,
      priority: tier.priority,
      requires_approval: tier.requires_approval,
      is_member: memberOf.has(tier.id),
    })),
  })
}
