import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRecordsStep } from "../steps/create-records"
import { updateRecordsStep } from "../steps/update-records"
import { planMarketSettingStep } from "../steps/plan-market-setting"

/** A market decides whether affiliates may promote its products (new links and new commissions). */
export const setMarketPromotableWorkflow = createWorkflow("set-affiliate-market-promotable", (input: { market_id: string; promotable: boolean }) => {
  const plan = planMarketSettingStep(input)
  const created = createRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "AffiliateMarketSetting" as const, data: plan.create })))
  const updated = updateRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "AffiliateMarketSetting" as const, updates: plan.update })))
  return new WorkflowResponse(transform({ created, updated }, ({ created, updated }) => created[0] ?? updated[0]))
})
