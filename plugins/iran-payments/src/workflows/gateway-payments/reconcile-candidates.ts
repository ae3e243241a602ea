import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { GatewaySessionData } from "../../lib/types"
import { GATEWAY_TRANSACTION_MODULE } from "../../modules/gateway-transaction"
import type GatewayTransactionModuleService from "../../modules/gateway-transaction/service"

export type ReconcileOptions = {
  /** A session nobody came back for is asked about after this long (the bank page may still be open). */
  unreturnedAfterMinutes: number
  /** Sessions older than this are no longer looked at. */
  lookBackHours: number
  /** At most this many sessions per run (default 500); the ones the bank said were paid come first. */
  limit?: number
  now?: Date
}

/** Transaction statuses that may still turn into a payment. */
const OPEN_STATUSES = ["initiated", "returned", "pending", "rejected"]
/** The bank said paid (a paid return, or a verify without a definite answer): money may be held. */
const PAID_STATUSES = ["returned", "pending"]

const MINUTE = 60_000
/** The job runs every 5 minutes; a little slack so a run a few seconds early still counts. */
const FIRST_BACKOFF_MS = 5 * MINUTE - 30_000
const MAX_BACKOFF_MS = 6 * 60 * MINUTE

/**
 * When the next inquiry about a session is due: right away the first time, then after 5, 10, 20 …
 * minutes (at most 6 hours) since the last one, so a session the gateway keeps calling "unknown" costs a
 * handful of calls over the look-back instead of one every run.
 */
export function nextInquiryDue(data: Pick<GatewaySessionData, "inquiry" | "inquiries">): Date | null {
  const last = data.inquiry?.at ? Date.parse(data.inquiry.at) : NaN
  if (Number.isNaN(last)) {
    return null
  }
  const made = Math.max(1, data.inquiries ?? 1)
  const backoff = Math.min(MAX_BACKOFF_MS, (FIRST_BACKOFF_MS + 30_000) * 2 ** (made - 1) - 30_000)
  return new Date(last + backoff)
}

type Candidate = { id: string; paid: boolean; inquiries: number; created: number }

/**
 * Payment sessions whose outcome is still open and whose next inquiry is due, truly pending ones first:
 * returns whose verify got no definite answer (at once), then gateway sessions nobody came back for
 * (after a grace period), fewest inquiries first. Read-only.
 */
export async function findPaymentsToReconcile(container: MedusaContainer, options: ReconcileOptions): Promise<string[]> {
  const now = options.now ?? new Date()
  const limit = options.limit ?? 500
  const transactions: GatewayTransactionModuleService = container.resolve(GATEWAY_TRANSACTION_MODULE)
  const payments = container.resolve(Modules.PAYMENT)
  const since = new Date(now.getTime() - options.lookBackHours * 3_600_000)
  const graceEnd = new Date(now.getTime() - options.unreturnedAfterMinutes * MINUTE)

  const open = await transactions.listGatewayTransactions(
    { status: PAID_STATUSES, created_at: { $gte: since } },
    { select: ["payment_session_id"], take: limit, order: { created_at: "ASC" } }
  )
  const paidIds = new Set(open.map((t) => t.payment_session_id))

  const unreturned = await payments.listPaymentSessions(
    { status: ["pending", "error"], created_at: { $gte: since, $lte: graceEnd } } as never,
    { select: ["id", "data", "authorized_at", "created_at"], take: limit * 4, order: { created_at: "DESC" } }
  )
  const paidSessions = paidIds.size
    ? await payments.listPaymentSessions({ id: [...paidIds] }, { select: ["id", "data", "authorized_at", "created_at"] })
    : []
  const byId = new Map([...unreturned, ...paidSessions].map((s) => [s.id, s]))
  const gatewaySessions = [...byId.values()].filter(
    (s) => (s.data as Record<string, unknown> | null)?.kit === "iran-payments" && !s.authorized_at
  )
  if (!gatewaySessions.length) {
    return []
  }
  const known = await transactions.listGatewayTransactions(
    { payment_session_id: gatewaySessions.map((s) => s.id) },
    { select: ["payment_session_id", "status"] }
  )
  const statusBySession = new Map(known.map((t) => [t.payment_session_id, t.status as string]))

  const due: Candidate[] = []
  for (const session of gatewaySessions) {
    const status = statusBySession.get(session.id)
    if (status && !OPEN_STATUSES.includes(status)) {
      continue
    }
    const data = session.data as unknown as GatewaySessionData
    const next = nextInquiryDue(data)
    if (next && next > now) {
      continue
    }
    due.push({
      id: session.id,
      paid: paidIds.has(session.id) || (!!status && PAID_STATUSES.includes(status)),
      inquiries: data.inquiries ?? 0,
      created: new Date(session.created_at as unknown as string).getTime(),
    })
  }
  due.sort((a, b) => Number(b.paid) - Number(a.paid) || a.inquiries - b.inquiries || a.created - b.created)
  return due.slice(0, limit).map((c) => c.id)
}
