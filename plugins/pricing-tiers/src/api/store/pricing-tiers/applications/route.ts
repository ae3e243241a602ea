import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { applyForTierWorkflow } from "../../../../workflows/pricing-tiers/workflows/apply-for-tier"
import { PRICING_TIERS_MODULE } from "../../../../modules/pricing-tiers"
import type { PricingTiersModuleService } from "../../../../modules/pricing-tiers/service"
import type { StoreApplyForTierType } from "../validators"

const APPLICATION_FIELDS = ["id", "status", "business_name", "business_type", "phone", "national_id", "city", "note", "review_note", "reviewed_at", "created_at", "tier.id", "tier.handle", "tier.name"]

function requireCustomer(req: AuthenticatedMedusaRequest): string {
  const customerId = req.auth_context?.actor_id
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a customer to apply for a pricing tier")
  }
  return customerId
}

/** The logged-in customer's applications, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
  const applications = await service.listPricingTierApplications(
    { customer_id: requireCustomer(req) },
    { relations: ["tier"], order: { created_at: "DESC" } }
  )
  res.json({ applications: applications.map((a) => pick(a)) })
}

export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyForTierType>, res: MedusaResponse) => {
  const customerId = requireCustomer(req)
  const { tier: tierRef, ...details } = req.validatedBody
  const service = req.scope.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
  const [tier] = await service.listPricingTiers({ $or: [{ id: tierRef }, { handle: tierRef }] }, { select: ["id"] })
  if (!tier) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no pricing tier "${tierRef}"`)
  }
  const { result } = await applyForTierWorkflow(req.scope).run({ input: { ...details, customer_id: customerId, tier_id: tier.id } })
  const [application] = await service.listPricingTierApplications({ id: result.id }, { relations: ["tier"] })
  res.status(201).json({ application: pick(application) })
}

function pick(application: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  for (const field of APPLICATION_FIELDS) {
    const [head, tail] = field.split(".")
    if (tail) {
      const nested = (application[head] ?? {}) as Record<string, unknown>
      out[head] = { ...((out[head] as Record<string, unknown>) ?? {}), [tail]: nested[tail] }
    } else {
      out[head] = application[head]
    }
  }
  return out
}
