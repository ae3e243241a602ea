import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFFILIATE_MODULE, type AffiliateModuleService, type CommissionStatus } from "../../../modules/affiliate"

export type TransitionInput = { ids: string[]; from: CommissionStatus; to: CommissionStatus; changes?: Record<string, unknown> }

/**
 * Moves commissions between statuses with one conditional UPDATE: a commission another run already
 * moved is not moved again (two concurrent job runs pay once). Compensation moves back what it moved.
 */
export const transitionCommissionsStep = createStep(
  "transition-affiliate-commissions",
  async (input: TransitionInput, { container }) => {
    const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
    const moved = await service.transitionCommissions(input.ids, input.from, input.to, input.changes ?? {})
    return new StepResponse(moved, { ids: moved, from: input.to, to: input.from })
  },
  async (back, { container }) => {
    if (back?.ids.length) {
      await container.resolve<AffiliateModuleService>(AFFILIATE_MODULE).transitionCommissions(back.ids, back.from, back.to)
    }
  }
)
