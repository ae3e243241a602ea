import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../modules/affiliate"

export const service = (scope: MedusaContainer) => scope.resolve<AffiliateModuleService>(AFFILIATE_MODULE)

export type MonthStats = { month: string; orders: number; pending: string; approved: string; paid: string; rejected: string }
export type AffiliateStats = { clicks: number; orders: number; pending: string; approved: string; paid: string; by_month: MonthStats[] }

/** An affiliate's clicks, attributed orders, and commission amounts per status, overall and per month. */
export async function affiliateStats(scope: MedusaContainer, affiliateId: string): Promise<AffiliateStats> {
  const affiliates = service(scope)
  const [[, clicks], [, orders], commissions] = await Promise.all([
    affiliates.listAndCountAffiliateClicks({ affiliate_id: affiliateId }, { select: ["id"], take: 1 }),
    affiliates.listAndCountAffiliateAttributions({ affiliate_id: affiliateId, outcome: "commissioned" }, { select: ["id"], take: 1 }),
    affiliates.listAffiliateCommissions({ affiliate_id: affiliateId }, { select: ["id", "amount", "status", "created_at", "checkout_order_id"] }),
  ])
  const months = new Map<string, { orders: Set<string>; sums: Record<string, ReturnType<typeof MathBN.convert>> }>()
  const totals: Record<string, ReturnType<typeof MathBN.convert>> = {}
  for (const c of commissions) {
    const month = new Date(c.created_at).toISOString().slice(0, 7)
    const entry = months.get(month) ?? { orders: new Set<string>(), sums: {} }
    entry.orders.add(c.checkout_order_id)
    entry.sums[c.status] = MathBN.add(entry.sums[c.status] ?? 0, c.amount)
    totals[c.status] = MathBN.add(totals[c.status] ?? 0, c.amount)
    months.set(month, entry)
  }
  const sum = (sums: Record<string, unknown>, status: string) => MathBN.convert((sums[status] as number) ?? 0).toFixed(0)
  return {
    clicks,
    orders,
    pending: sum(totals, "pending"),
    approved: sum(totals, "approved"),
    paid: sum(totals, "paid"),
    by_month: [...months.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([month, e]) => ({
      month,
      orders: e.orders.size,
      pending: sum(e.sums, "pending"),
      approved: sum(e.sums, "approved"),
      paid: sum(e.sums, "paid"),
      rejected: sum(e.sums, "rejected"),
    })),
  }
}

/** A commission as the API shows it: amounts as whole-rial strings. */
export function commissionView(c: Record<string, unknown>): Record<string, unknown> {
  const money = (v: unknown) => (v === null || v === undefined ? null : MathBN.convert(v as number).toFixed(0))
  // What a refund after payout still owes back: the adjustment not yet taken from the affiliate's wallet.
  const adjustments = (c.adjustments as Record<string, unknown>[] | undefined)?.map((a) => ({
    ...a,
    amount: money(a.amount),
    settled_amount: money(a.settled_amount ?? 0),
    owed: MathBN.sub(MathBN.mult(a.amount as number, -1), (a.settled_amount as number) ?? 0).toFixed(0),
  }))
  return {
    ...c,
    base_amount: money(c.base_amount),
    original_amount: money(c.original_amount),
    amount: money(c.amount),
    refunded_total: money(c.refunded_total),
    ...(adjustments ? { adjustments } : {}),
  }
}
