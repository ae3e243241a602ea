import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_TRANSACTION_MODULE, type TimelineEntry } from "../../../modules/gateway-transaction"
import type GatewayTransactionModuleService from "../../../modules/gateway-transaction/service"

export type SettleGatewayRefundInput = {
  id: string
  /** Where the operator sent the money: the shopper's wallet (a credit) or their bank account. */
  method: "wallet" | "bank"
  /** The wallet entry id or the bank transfer's reference, so the books can be matched. */
  reference: string
  note?: string
  actor_id?: string
}

/** Records that an operator refunded a payment the gateway no longer reverses (`refund_required` → `refunded`). */
export const settleGatewayRefundStep = createStep(
  "settle-gateway-refund",
  async (input: SettleGatewayRefundInput, { container }) => {
    const service: GatewayTransactionModuleService = container.resolve(GATEWAY_TRANSACTION_MODULE)
    const [existing] = await service.listGatewayTransactions({ id: input.id })
    if (!existing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Gateway transaction with id: ${input.id} was not found`)
    }
    if (existing.status !== "refund_required") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only a payment waiting for a manual refund (status refund_required) can be settled; this one is ${existing.status}`
      )
    }
    const where = input.method === "wallet" ? "to the customer's wallet" : "at the bank"
    const entry: TimelineEntry = {
      at: new Date().toISOString(),
      status: "refunded",
      note: `refunded ${where}, reference ${input.reference}${input.actor_id ? ` by ${input.actor_id}` : ""}${input.note ? `: ${input.note}` : ""}`,
    }
    const entries = ((existing.timeline as { entries?: TimelineEntry[] } | null)?.entries ?? []).concat(entry)
    const updated = await service.updateGatewayTransactions({ id: existing.id, status: "refunded", timeline: { entries } })
    return new StepResponse(updated, { id: existing.id, timeline: existing.timeline as Record<string, unknown> })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: GatewayTransactionModuleService = container.resolve(GATEWAY_TRANSACTION_MODULE)
    await service.updateGatewayTransactions({ id: previous.id, status: "refund_required", timeline: previous.timeline })
  }
)
