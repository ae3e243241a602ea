import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_TRANSACTION_MODULE, type GatewayTransactionStatus, type TimelineEntry } from "../../../modules/gateway-transaction"
import type GatewayTransactionModuleService from "../../../modules/gateway-transaction/service"
import type { GatewaySessionData } from "../../../lib/types"
import type { GatewaySessionTarget } from "../types"

export type RecordGatewayTransactionInput = {
  target: GatewaySessionTarget
  data: GatewaySessionData
  status: GatewayTransactionStatus
  note?: string
  order_id?: string
  payment_id?: string
  bank_reference?: string
  card_pan?: string
  error_code?: string
  error_message?: string
  return_payload?: Record<string, unknown>
  /** When it happened (ISO) on the caller's clock, e.g. the reconciliation job's; default now. */
  at?: string
}

type Snapshot = { created?: string; previous?: Record<string, unknown> }

/**
 * A verified transaction stays verified, and a return that does not match (tampered, foreign) never
 * changes an existing record's status: it only leaves a line in the timeline.
 */
export function nextTransactionStatus(current: GatewayTransactionStatus | undefined, proposed: GatewayTransactionStatus): GatewayTransactionStatus {
  if (!current) {
    return proposed
  }
  if (current === "verified") {
    return current
  }
  if (proposed === "rejected" || proposed === "initiated") {
    return current
  }
  return proposed
}

/** Creates or updates the audit record of one payment session, appending to its timeline. */
export const recordGatewayTransactionStep = createStep(
  "record-gateway-transaction",
  async (input: RecordGatewayTransactionInput, { container }) => {
    const service: GatewayTransactionModuleService = container.resolve(GATEWAY_TRANSACTION_MODULE)
    const [existing] = await service.listGatewayTransactions({ payment_session_id: input.target.session_id })
    const status = nextTransactionStatus(existing?.status as GatewayTransactionStatus | undefined, input.status)
    const entry: TimelineEntry = { at: input.at ?? new Date().toISOString(), status: input.status, ...(input.note ? { note: input.note } : {}) }
    const changes = {
      status,
      ...(input.order_id ? { order_id: input.order_id } : {}),
      ...(input.payment_id ? { payment_id: input.payment_id } : {}),
      ...(input.bank_reference ? { bank_reference: input.bank_reference } : {}),
      ...(input.card_pan ? { card_pan: input.card_pan } : {}),
      ...(input.error_code !== undefined ? { error_code: input.error_code } : {}),
      ...(input.error_message !== undefined ? { error_message: input.error_message } : {}),
      ...(input.return_payload ? { return_payload: input.return_payload } : {}),
      ...(status === "verified" && existing?.status !== "verified" ? { verified_at: new Date() } : {}),
    }
    if (!existing) {
      const created = await service.createGatewayTransactions({
        provider_id: input.target.provider_id,
        payment_session_id: input.target.session_id,
        payment_collection_id: input.target.payment_collection_id,
        cart_id: input.target.cart_id,
        token: input.data.token,
        order_reference: input.data.order_reference,
        amount: input.data.amount,
        gateway_amount: input.data.gateway_amount,
        gateway_unit: input.data.gateway_unit,
        timeline: { entries: [{ at: input.data.requested_at, status: "initiated" }, entry] },
        ...changes,
      })
      return new StepResponse(created, { created: created.id } as Snapshot)
    }
    const entries = ((existing.timeline as { entries?: TimelineEntry[] } | null)?.entries ?? []).concat(entry)
    const updated = await service.updateGatewayTransactions({ id: existing.id, ...changes, timeline: { entries } })
    return new StepResponse(updated, { previous: existing as unknown as Record<string, unknown> } as Snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const service: GatewayTransactionModuleService = container.resolve(GATEWAY_TRANSACTION_MODULE)
    if (snapshot.created) {
      await service.deleteGatewayTransactions(snapshot.created)
      return
    }
    if (snapshot.previous) {
      const { id, status, order_id, payment_id, bank_reference, card_pan, error_code, error_message, return_payload, timeline, verified_at } =
        snapshot.previous as Record<string, never>
      await service.updateGatewayTransactions({ id, status, order_id, payment_id, bank_reference, card_pan, error_code, error_message, return_payload, timeline, verified_at })
    }
  }
)
