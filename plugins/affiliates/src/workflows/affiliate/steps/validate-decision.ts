import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"

export type AffiliateDecision = "approve" | "reject" | "suspend" | "reinstate"

const ALLOWED: Record<AffiliateDecision, { from: string[]; to: string }> = {
  approve: { from: ["pending", "rejected"], to: "approved" },
  reject: { from: ["pending"], to: "rejected" },
  suspend: { from: ["approved"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "approved" },
}

/** Which status a decision leads to from the affiliate's current one; any other move is a 400. */
export const validateDecisionStep = createStep(
  "validate-affiliate-decision",
  async (input: { id: string; decision: AffiliateDecision }, { container }) => {
    const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
    const affiliate = await service.retrieveAffiliate(input.id)
    const rule = ALLOWED[input.decision]
    if (!rule.from.includes(affiliate.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `An affiliate that is ${affiliate.status} cannot be ${rule.to}`)
    }
    return new StepResponse({ status: rule.to, customer_id: affiliate.customer_id, phone: affiliate.phone })
  }
)
