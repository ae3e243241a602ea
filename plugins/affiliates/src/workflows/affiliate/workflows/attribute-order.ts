import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { first } from "../steps/first"
import { createRecordsStep } from "../steps/create-records"
import { updateRecordsStep } from "../steps/update-records"
import { findBurstCommissionsStep } from "../steps/find-burst-commissions"
import { planOrderAttributionStep, type OrderAttributionInput } from "../steps/plan-order-attribution"

/**
 * A placed checkout: attributed to at most one affiliate, with one pending commission per market
 * order; a burst flags the affiliate's recent commissions for review. Runs inside cart completion.
 */
export const attributeOrderWorkflow = createWorkflow("attribute-affiliate-order", (input: OrderAttributionInput) => {
  const plan = planOrderAttributionStep(input)
  const attribution = first(createRecordsStep(transform({ plan }, ({ plan }) => ({ entity: "AffiliateAttribution" as const, data: plan.attribution }))))
  const commissions = createRecordsStep(
    transform({ plan, attribution }, ({ plan, attribution }) => ({
      entity: "AffiliateCommission" as const,
      data: plan.commissions.map((c) => ({ ...c, attribution_id: attribution?.id })),
    }))
  ).config({ name: "create-affiliate-commissions" })
  const flags = findBurstCommissionsStep(
    transform({ attribution, commissions }, ({ attribution, commissions }) => ({
      affiliate_id: commissions.length ? (attribution?.affiliate_id as string) : undefined,
      ip_hash: attribution?.ip_hash as string | null,
      card_hash: attribution?.card_hash as string | null,
    }))
  )
  updateRecordsStep(transform({ flags }, ({ flags }) => ({ entity: "AffiliateCommission" as const, updates: flags })))
  return new WorkflowResponse(transform({ attribution, commissions }, ({ attribution, commissions }) => ({ attribution: attribution ?? null, commissions })))
})
