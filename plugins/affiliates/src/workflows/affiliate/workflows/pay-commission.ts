import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveWalletMoneyWorkflow } from "@asoud/wallet/workflows"
import { loadCommissionStep } from "../steps/load-commission"
import { transitionCommissionsStep } from "../steps/transition-commissions"

/**
 * Pays one approved commission, exactly once: the commission is claimed (approved → paid) by a
 * conditional update, then the market's wallet pays the affiliate's wallet, each entry under an
 * idempotency key of the commission. A market short of money fails the payout: the claim is undone
 * and the next run tries again.
 */
export const payAffiliateCommissionWorkflow = createWorkflow("pay-affiliate-commission", (input: { id: string }) => {
  const claimed = transitionCommissionsStep(
    transform({ input }, ({ input }) => ({ ids: [input.id], from: "approved" as const, to: "paid" as const, changes: { paid_at: new Date(), payout_error: null } }))
  )
  const commission = loadCommissionStep(transform({ input, claimed }, ({ input, claimed }) => ({ id: input.id, claimed })))
  when("market-pays-affiliate-commission", { commission }, ({ commission }) => !!commission?.market_id).then(() => {
    moveWalletMoneyWorkflow.runAsStep({
      input: transform({ commission }, ({ commission }) => ({
        owner_type: "market" as const,
        owner_id: commission!.market_id!,
        currency_code: commission!.currency_code,
        type: "debit" as const,
        amount: commission!.amount,
        idempotency_key: `affiliate-commission:${commission!.id}:market`,
        reference_type: "commission",
        reference_id: commission!.id,
        note: `affiliate commission on order ${commission!.order_id}`,
      })),
    }).config({ name: "debit-market-for-affiliate-commission" })
  })
  when("credit-affiliate-commission", { commission }, ({ commission }) => !!commission).then(() => {
    moveWalletMoneyWorkflow.runAsStep({
      input: transform({ commission }, ({ commission }) => ({
        owner_type: "affiliate" as const,
        owner_id: commission!.affiliate_id,
        currency_code: commission!.currency_code,
        type: "credit" as const,
        amount: commission!.amount,
        idempotency_key: `affiliate-commission:${commission!.id}`,
        reference_type: "commission",
        reference_id: commission!.id,
        note: `commission on order ${commission!.order_id}`,
      })),
    }).config({ name: "credit-affiliate-commission" })
  })
  return new WorkflowResponse(transform({ commission }, ({ commission }) => ({ paid: !!commission })))
})
