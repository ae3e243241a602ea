import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { settleGatewayRefundStep, type SettleGatewayRefundInput } from "../steps/settle-gateway-refund"

export const settleGatewayRefundWorkflowId = "settle-gateway-refund"

/**
 * An operator refunded a payment the gateway would no longer reverse (to the shopper's wallet or at
 * the bank) and settles its record, once: two operators settling at the same time get one `refunded`.
 */
export const settleGatewayRefundWorkflow = createWorkflow(settleGatewayRefundWorkflowId, (input: SettleGatewayRefundInput) => {
  const key = transform({ input }, ({ input }) => `iran-payments:refund:${input.id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const transaction = settleGatewayRefundStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(transaction)
})
