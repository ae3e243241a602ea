import type { MedusaContainer } from "@medusajs/framework/types"
import { commissionView, service } from "./helpers"

const FIELDS = [
  "id", "affiliate_id", "order_id", "checkout_order_id", "market_id", "currency_code", "base_amount", "original_amount", "amount",
  "refunded_total", "status", "review", "flag_reason", "rejection_reason", "lines", "hold_until", "approved_at", "paid_at",
  "payout_error", "created_at",
]

/** A page of commissions with their adjustments, newest first. */
export async function listCommissions(scope: MedusaContainer, filters: Record<string, unknown>, page: { limit: number; offset: number }) {
  const [rows, count] = await service(scope).listAndCountAffiliateCommissions(filters, {
    select: FIELDS,
    relations: ["adjustments"],
    order: { created_at: "DESC" },
    take: page.limit,
    skip: page.offset,
  })
  // Market staff know affiliates only through their commissions: a name reads better than an id.
  const affiliateIds = [...new Set(rows.map((row) => row.affiliate_id))]
  const affiliates = affiliateIds.length ? await service(scope).listAffiliates({ id: affiliateIds }, { select: ["id", "name"] }) : []
  const names = new Map(affiliates.map((a) => [a.id, a.name ?? null]))
  return {
    commissions: rows.map((row): Record<string, unknown> => ({
      ...commissionView(row as unknown as Record<string, unknown>),
      affiliate_name: names.get(row.affiliate_id) ?? null,
    })),
    count,
    limit: page.limit,
    offset: page.offset,
  }
}
