import type { MedusaContainer } from "@medusajs/framework/types"
import { GATEWAY_TRANSACTION_MODULE, type TimelineEntry } from "../../modules/gateway-transaction"
import type GatewayTransactionModuleService from "../../modules/gateway-transaction/service"
import { nextInquiryDue } from "./reconcile-candidates"

/** The return's own attempt plus the job's retries; then an operator refunds it. */
export const MAX_REVERSAL_ATTEMPTS = 8

/** How many reversals were tried (timeline entries `reversal_pending`) and when the last one was. */
export function reversalAttempts(timeline: unknown): { count: number; last?: string } {
  const entries = ((timeline as { entries?: TimelineEntry[] } | null)?.entries ?? []).filter((e) => e.status === "reversal_pending")
  return { count: entries.length, last: entries.at(-1)?.at }
}

/**
 * Payment sessions whose order was refused and whose reversal failed, due for another try: with the
 * same backoff as inquiries (5, 10, 20 … minutes after the last attempt, at most 6 hours). Read-only.
 */
export async function findReversalsToRetry(container: MedusaContainer, options: { now?: Date; limit?: number } = {}): Promise<string[]> {
  const now = options.now ?? new Date()
  const transactions: GatewayTransactionModuleService = container.resolve(GATEWAY_TRANSACTION_MODULE)
  const pending = await transactions.listGatewayTransactions(
    { status: "reversal_pending" },
    { select: ["payment_session_id", "timeline"], take: options.limit ?? 500, order: { created_at: "ASC" } }
  )
  return pending
    .filter((t) => {
      const { count, last } = reversalAttempts(t.timeline)
      const due = last ? nextInquiryDue({ inquiry: { state: "unknown", at: last }, inquiries: count }) : null
      return !due || due <= now
    })
    .map((t) => t.payment_session_id)
}
