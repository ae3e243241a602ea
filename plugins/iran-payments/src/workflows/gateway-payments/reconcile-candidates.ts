import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { GATEWAY_TRANSACTION_MODULE } from "../../modules/gateway-transaction"
import type GatewayTransactionModuleService from "../../modules/gateway-transaction/service"

export type ReconcileOptions = {
  /** A session nobody came back for is asked about after this long (the bank page may still be open). */
  unreturnedAfterMinutes: number
  /** Sessions older than this are no longer looked at. */
  lookBackHours: number
  now?: Date
}

/** Transaction statuses that may still turn into a payment. */
const OPEN_STATUSES = ["initiated", "returned", "pending", "rejected"]

/**
 * Payment sessions whose outcome is still open: returns whose verify got no answer (at once) and
 * gateway sessions nobody came back for (after a grace period). Read-only.
 */
export async function findPaymentsToReconcile(container: MedusaContainer, options: ReconcileOptions): Promise<string[]> {
  const now = options.now ?? new Date()
  const transactions: GatewayTransactionModuleService = container.resolve(GATEWAY_TRANSACTION_MODULE)
  const payments = container.resolve(Modules.PAYMENT)
  const since = new Date(now.getTime() - options.lookBackHours * 3_600_000)
  const graceEnd = new Date(now.getTime() - options.unreturnedAfterMinutes * 60_000)

  const open = await transactions.listGatewayTransactions(
    { status: ["returned", "pending"], created_at: { $gte: since } },
    { select: ["payment_session_id"], take: 500 }
  )
  const ids = new Set(open.map((t) => t.payment_session_id))

  const sessions = await payments.listPaymentSessions(
    { status: ["pending", "error"], created_at: { $gte: since, $lte: graceEnd } } as never,
    { select: ["id", "data", "authorized_at"], take: 500 }
  )
  const gatewaySessions = sessions.filter(
    (s) => (s.data as Record<string, unknown> | null)?.kit === "iran-payments" && !s.authorized_at
  )
  if (gatewaySessions.length) {
    const known = await transactions.listGatewayTransactions(
      { payment_session_id: gatewaySessions.map((s) => s.id) },
      { select: ["payment_session_id", "status"] }
    )
    const statusBySession = new Map(known.map((t) => [t.payment_session_id, t.status as string]))
    for (const session of gatewaySessions) {
      const status = statusBySession.get(session.id)
      if (!status || OPEN_STATUSES.includes(status)) {
        ids.add(session.id)
      }
    }
  }
  return [...ids]
}
