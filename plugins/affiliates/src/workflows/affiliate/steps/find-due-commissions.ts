import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"

/** Pending commissions whose hold is over, flagged ones only once an admin cleared them. */
export const findDueCommissionsStep = createStep("find-due-affiliate-commissions", async (input: { now: string }, { container }) => {
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const due = await service.listAffiliateCommissions(
    { status: "pending", hold_until: { $lte: new Date(input.now) }, $or: [{ review: null }, { review: "cleared" }] },
    { select: ["id"] }
  )
  return new StepResponse(due.map((c) => c.id))
})
