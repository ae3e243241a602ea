import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { sendBulkMessagesStep } from "../steps/send-bulk-messages"

/** The background half of a bulk send (started by the `sms.bulk_send.created` subscriber). */
export const runSmsBulkSendWorkflow = createWorkflow("run-sms-bulk-send", (input: { id: string }) => {
  return new WorkflowResponse(sendBulkMessagesStep(input))
})
