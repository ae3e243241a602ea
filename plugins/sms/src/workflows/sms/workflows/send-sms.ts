import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { sendSmsStep, type SendSmsStepInput } from "../steps/send-sms"

export type SendSmsWorkflowInput = SendSmsStepInput

/** One SMS through the `sms` channel: order notices, admin test sends, OTP-free messages. */
export const sendSmsWorkflow = createWorkflow("send-sms", (input: SendSmsWorkflowInput) => {
  const result = sendSmsStep(input)
  return new WorkflowResponse(result)
})
