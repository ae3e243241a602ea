import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  Affiliate,
  AffiliateAttribution,
  AffiliateClick,
  AffiliateCode,
  AffiliateCommission,
  AffiliateCommissionAdjustment,
  AffiliateCommissionRule,
  AffiliateLink,
  AffiliateMarketSetting,
} from "./models"

export type CommissionStatus = "pending" | "approved" | "paid" | "rejected"

/** Affiliates, codes, links, clicks, attributions, commissions and rules; workflows do every mutation. */
export class AffiliateModuleService extends MedusaService({
  Affiliate,
  AffiliateCode,
  AffiliateLink,
  AffiliateClick,
  AffiliateAttribution,
  AffiliateCommission,
  AffiliateCommissionAdjustment,
  AffiliateCommissionRule,
  AffiliateMarketSetting,
}) {
  /**
   * Moves commissions from one status to another in one conditional UPDATE and returns the ids this
   * call moved: of two concurrent callers, each commission goes to exactly one of them.
   */
  @InjectTransactionManager()
  async transitionCommissions(
    ids: string[],
    from: CommissionStatus,
    to: CommissionStatus,
    changes: Record<string, unknown> = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const knex = (sharedContext.transactionManager as SqlEntityManager | undefined)?.getTransactionContext()
    if (!knex) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Commission transitions run inside a transaction")
    }
    if (!ids.length) {
      return []
    }
    const rows = (await knex("affiliate_commission")
      .whereIn("id", ids)
      .andWhere({ status: from, deleted_at: null })
      .update({ ...changes, status: to, updated_at: knex.fn.now() })
      .returning("id")) as { id: string }[]
    return rows.map((row) => row.id)
  }
}
