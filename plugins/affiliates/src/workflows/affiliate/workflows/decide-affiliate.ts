import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { AffiliateEvents } from "../../../lib/events"
import { first } from "../steps/first"
import { updateRecordsStep } from "../steps/update-records"
import { findMarketerGroupStep } from "../steps/find-marketer-group"
import { validateDecisionStep, type AffiliateDecision } from "../steps/validate-decision"

export type DecideAffiliateWorkflowInput = { id: string; decision: AffiliateDecision; review_note?: string | null; actor_id?: string | null }

/**
 * A platform admin approves, rejects, suspends or reinstates an affiliate. Approval puts the
 * customer in the marketer price tier when the `marketerTier` option names one; approval and
 * rejection are told to the customer by SMS (event subscriber).
 */
export const decideAffiliateWorkflow = createWorkflow("decide-affiliate", (input: DecideAffiliateWorkflowInput) => {
  const decided = validateDecisionStep(input)
  const affiliate = first(updateRecordsStep(
    transform({ input, decided }, ({ input, decided }) => ({
      entity: "Affiliate" as const,
      updates: [{ id: input.id, status: decided.status, review_note: input.review_note ?? null, reviewed_by: input.actor_id ?? null, reviewed_at: new Date() }],
    }))
  ))
  const groupId = findMarketerGroupStep(transform({ input }, ({ input }) => ({ approving: input.decision === "approve" })))
  when({ groupId }, ({ groupId }) => !!groupId).then(() => {
    linkCustomersToCustomerGroupStep(transform({ groupId, decided }, ({ groupId, decided }) => ({ id: groupId!, add: [decided.customer_id] })))
  })
  emitEventStep(
    transform({ input, decided }, ({ input, decided }) => ({
      eventName: AffiliateEvents.DECIDED,
      data: { id: input.id, decision: input.decision, status: decided.status, customer_id: decided.customer_id, phone: decided.phone, review_note: input.review_note ?? null },
    }))
  )
  return new WorkflowResponse(affiliate as unknown as WorkflowData<{ id: string; status: string }>)
})
