import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRecordsStep } from "../steps/create-records"
import { planClickStep, type TrackClickInput } from "../steps/plan-click"

/** Records a visit through a link or code and answers the attribution token the storefront keeps. */
export const trackAffiliateClickWorkflow = createWorkflow("track-affiliate-click", (input: TrackClickInput) => {
  const plan = planClickStep(input)
  const created = createRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "AffiliateClick" as const, data: plan.create })))
  return new WorkflowResponse(
    transform({ plan, created }, ({ plan, created }) => {
      const click = (plan.keep ?? created[0]) as { token: string; created_at: Date | string }
      return { token: click.token, clicked_at: click.created_at }
    })
  )
})
