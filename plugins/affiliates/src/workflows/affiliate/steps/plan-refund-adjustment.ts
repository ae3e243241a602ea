import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"
import { reducedCommission } from "../../../lib/commission"

export type RefundAdjustmentInput = { order_id: string; refunded_total?: string; canceled?: boolean }

/**
 * A market order was refunded (running total) or canceled. Before payment the commission is
 * rejected (canceled, or refunded in full) or reduced pro rata; after payment a negative adjustment
 * records what the refund takes back. Replays (same or lower running total) change nothing.
 */
export const planRefundAdjustmentStep = createStep("plan-affiliate-refund-adjustment", async (input: RefundAdjustmentInput, { container }) => {
  const none = { updates: [] as Record<string, unknown>[] & { id: string }[], adjustments: [] as Record<string, unknown>[], affiliate_id: null as string | null }
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const [commission] = await service.listAffiliateCommissions({ order_id: input.order_id }, { relations: ["adjustments"] })
  if (!commission || commission.status === "rejected") {
    return new StepResponse(none)
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "total"], filters: { id: input.order_id } })
  const total = MathBN.convert(data[0]?.total ?? 0)
  const refunded = input.canceled ? total : MathBN.min(MathBN.convert(input.refunded_total ?? 0), total)
  if (!input.canceled && !MathBN.gt(refunded, commission.refunded_total)) {
    return new StepResponse(none)
  }
  const left = reducedCommission(commission.original_amount, total, refunded)
  if (commission.status !== "paid") {
    const full = input.canceled || !MathBN.gt(left, 0)
    return new StepResponse({
      ...none,
      updates: [{
        id: commission.id,
        refunded_total: refunded.toFixed(0),
        amount: full ? commission.amount : left,
        ...(full ? { status: "rejected", rejection_reason: input.canceled ? "order_canceled" : "order_refunded" } : {}),
      }],
    })
  }
  const adjusted = (commission.adjustments ?? []).reduce((sum, a) => MathBN.add(sum, a!.amount), MathBN.convert(0))
  const change = MathBN.sub(MathBN.sub(left, commission.amount), adjusted)
  return new StepResponse({
    affiliate_id: commission.affiliate_id,
    updates: [{ id: commission.id, refunded_total: refunded.toFixed(0) }],
    adjustments: MathBN.lt(change, 0)
      ? [{ commission_id: commission.id, amount: change.toFixed(0), reason: input.canceled ? "order_canceled" : "order_refunded", reference: `${commission.id}:refunded-${refunded.toFixed(0)}` }]
      : [],
  })
})
