import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"
import { affiliatesOptions } from "../../../lib/plugin-options"

type BurstInput = { affiliate_id?: string; ip_hash?: string | null; card_hash?: string | null }

/**
 * A burst: `burstOrders` or more of one affiliate's orders from one IP hash, or paid with one card,
 * within `burstWindowMinutes`. Their commissions that nobody reviewed yet are flagged for an admin;
 * a card burst is caught even when every order came from another IP.
 */
export const findBurstCommissionsStep = createStep("find-burst-affiliate-commissions", async (input: BurstInput, { container }) => {
  const options = affiliatesOptions(container)
  if (!input.affiliate_id) {
    return new StepResponse([])
  }
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const since = new Date(Date.now() - options.burstWindowMinutes * 60_000)
  const reasons = new Map<string, string>()
  const signals = [
    { reason: "burst_ip", filter: input.ip_hash ? { ip_hash: input.ip_hash } : null },
    { reason: "burst_card", filter: input.card_hash ? { card_hash: input.card_hash } : null },
  ]
  for (const { reason, filter } of signals) {
    if (!filter) {
      continue
    }
    const recent = await service.listAffiliateAttributions({ affiliate_id: input.affiliate_id, ...filter, created_at: { $gte: since } }, { select: ["id"] })
    if (recent.length >= options.burstOrders) {
      recent.filter((a) => !reasons.has(a.id)).forEach((a) => reasons.set(a.id, reason))
    }
  }
  if (!reasons.size) {
    return new StepResponse([])
  }
  const commissions = await service.listAffiliateCommissions({ attribution_id: [...reasons.keys()], review: null, status: "pending" }, { select: ["id", "attribution_id"] })
  return new StepResponse(commissions.map((c) => ({ id: c.id, review: "flagged", flag_reason: reasons.get(c.attribution_id) })))
})
