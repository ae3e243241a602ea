import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { repriceCartIfStaleStep } from "../steps/reprice-cart-if-stale"

export const repriceCartIfStaleWorkflowId = "reprice-cart-if-stale"

/**
 * Run before completing a cart (our store middleware does, for POST /store/carts/:id/complete; a
 * server-side completion such as a gateway callback should too). Non-empty `repriced` means the
 * shopper must review the new total before paying.
 */
export const repriceCartIfStaleWorkflow = createWorkflow(repriceCartIfStaleWorkflowId, (input: { cart_id: string }) => {
  return new WorkflowResponse(repriceCartIfStaleStep(input))
})
