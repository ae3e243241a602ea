import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"

/** Only a flagged commission is decided by an admin; clearing lets the job approve it after its hold. */
export const validateReviewStep = createStep(
  "validate-affiliate-commission-review",
  async (input: { id: string; decision: "approve" | "reject"; note?: string | null }, { container }) => {
    const commission = await container.resolve<AffiliateModuleService>(AFFILIATE_MODULE).retrieveAffiliateCommission(input.id)
    if (commission.review !== "flagged" || commission.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Commission ${input.id} is not waiting for a review`)
    }
    const update = input.decision === "approve"
      ? { id: input.id, review: "cleared" }
      : { id: input.id, review: "rejected", status: "rejected", rejection_reason: input.note || "fraud_review" }
    return new StepResponse([update])
  }
)
