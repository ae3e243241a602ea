import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../modules/affiliate"
import { approveDueCommissionsWorkflow } from "../workflows/affiliate/workflows/approve-due-commissions"
import { payAffiliateCommissionWorkflow } from "../workflows/affiliate/workflows/pay-commission"
import { updateAffiliateCommissionsWorkflow } from "../workflows/affiliate/workflows/update-commissions"
import { settleAffiliateDebts } from "./settle-debts"

export type ProcessResult = { approved: string[]; paid: string[]; failed: string[] }

/**
 * What the scheduled job does: approve the commissions whose hold is over, then pay every approved
 * one. Safe to run twice at once: each commission is approved and paid by exactly one run.
 */
export async function processAffiliateCommissions(container: MedusaContainer, now: Date = new Date()): Promise<ProcessResult> {
  const { result: approved } = await approveDueCommissionsWorkflow(container).run({ input: { now: now.toISOString() } })
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const payable = await service.listAffiliateCommissions({ status: "approved" }, { select: ["id", "affiliate_id"] })
  const result: ProcessResult = { approved, paid: [], failed: [] }
  const paidAffiliates = new Set<string>()
  for (const { id, affiliate_id } of payable) {
    try {
      const { result: payout } = await payAffiliateCommissionWorkflow(container).run({ input: { id } })
      if (payout.paid) {
        result.paid.push(id)
        paidAffiliates.add(affiliate_id)
      }
    } catch (error) {
      result.failed.push(id)
      const message = (error as Error).message
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`affiliates: commission ${id} not paid yet: ${message}`)
      await updateAffiliateCommissionsWorkflow(container).run({ input: { updates: [{ id, payout_error: message }] } })
    }
  }
  // What refunds after earlier payouts left owed is taken from the money just paid.
  for (const affiliateId of paidAffiliates) {
    await settleAffiliateDebts(container, affiliateId)
  }
  return result
}
