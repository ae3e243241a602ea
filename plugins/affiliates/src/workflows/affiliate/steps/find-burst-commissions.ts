import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"
import { affiliatesOptions } from "../../../lib/plugin-options"

/**
 * A burst: `burstOrders` or more of one affiliate's orders from one IP hash (or card) within
 * `burstWindowMinutes`. Their commissions that nobody reviewed yet are flagged for an admin.
 */
export const findBurstCommissionsStep = createStep(
  "find-burst-affiliate-commissions",
  async (input: { affiliate_id?: string; ip_hash?: string | null; card_hash?: string | null }, { container }) => {
    const options = affiliatesOptions(container)
    if (!input.affiliate_id || (!input.ip_hash && !input.card_hash)) {
      return new StepResponse([])
    }
    const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
    const since = new Date(Date.now() - options.burstWindowMinutes * 60_000)
    const same = input.ip_hash ? { ip_hash: input.ip_hash } : { card_hash: input.card_hash }
    const recent = await service.listAffiliateAttributions({ affiliate_id: input.affiliate_id, ...same, created_at: { $gte: since } }, { select: ["id"] })
    if (recent.length < options.burstOrders) {
      return new StepResponse([])
    }
    const commissions = await service.listAffiliateCommissions({ attribution_id: recent.map((a) => a.id), review: null, status: "pending" }, { select: ["id"] })
    const reason = input.ip_hash ? "burst_ip" : "burst_card"
    return new StepResponse(commissions.map((c) => ({ id: c.id, review: "flagged", flag_reason: reason })))
  }
)
