import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settleAffiliateDebtWorkflow } from "../workflows/affiliate/workflows/settle-affiliate-debt"

/** Each run settles one adjustment (or part of it); a bound keeps a surprise from looping for ever. */
const MAX_PIECES = 100

/**
 * Settles what the affiliate owes back from refunds after payout, as far as their wallet allows. A
 * failed piece (the balance moved under it) is logged and left owed: the next payout or refund retries.
 */
export async function settleAffiliateDebts(container: MedusaContainer, affiliateId: string): Promise<number> {
  let pieces = 0
  try {
    while (pieces < MAX_PIECES) {
      const { result } = await settleAffiliateDebtWorkflow(container).run({ input: { affiliate_id: affiliateId } })
      if (!result) {
        return pieces
      }
      pieces++
    }
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`affiliates: debt of affiliate ${affiliateId} not settled yet: ${(error as Error).message}`)
  }
  return pieces
}
