import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { first } from "../steps/first"
import { createRecordsStep } from "../steps/create-records"
import { deleteRecordsStep } from "../steps/delete-records"
import { validateNewLinkStep, type NewLinkInput } from "../steps/validate-new-link"
import { validateOwnRecordStep } from "../steps/validate-own-record"

/** An approved affiliate creates a link to the marketplace, a market, a category or a product. */
export const createAffiliateLinkWorkflow = createWorkflow("create-affiliate-link", (input: NewLinkInput) => {
  const valid = validateNewLinkStep(input)
  const link = first(createRecordsStep(transform({ valid }, ({ valid }) => ({ entity: "AffiliateLink" as const, data: [valid] }))))
  return new WorkflowResponse(link)
})

/** The affiliate removes one of their links (its past clicks keep counting). */
export const deleteAffiliateLinkWorkflow = createWorkflow("delete-affiliate-link", (input: { customer_id: string; id: string }) => {
  validateOwnRecordStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, entity: "AffiliateLink" as const, id: input.id })))
  deleteRecordsStep(transform({ input }, ({ input }) => ({ entity: "AffiliateLink" as const, ids: [input.id] })))
  return new WorkflowResponse({ id: input.id, deleted: true })
})
