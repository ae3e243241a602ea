import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { countGroupRecipientsStep } from "../steps/count-group-recipients"
import { createBulkSendStep } from "../steps/create-bulk-send"

export const SMS_BULK_SEND_CREATED = "sms.bulk_send.created"

export type CreateSmsBulkSendInput = { customer_group_id: string; text: string }

/**
 * Records a bulk send and hands it to the background: the `sms.bulk_send.created` subscriber runs
 * `run-sms-bulk-send`, and the admin polls the record for progress.
 */
export const createSmsBulkSendWorkflow = createWorkflow("create-sms-bulk-send", (input: CreateSmsBulkSendInput) => {
  const total = countGroupRecipientsStep({ customer_group_id: input.customer_group_id })
  const bulkInput = transform({ input, total }, ({ input, total }) => ({ ...input, total }))
  const bulk = createBulkSendStep(bulkInput)
  const event = transform({ bulk }, ({ bulk }) => ({ id: bulk.id }))
  emitEventStep({ eventName: SMS_BULK_SEND_CREATED, data: event })
  return new WorkflowResponse(bulk)
})
