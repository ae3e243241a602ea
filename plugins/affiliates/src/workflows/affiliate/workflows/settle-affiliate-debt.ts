import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { moveWalletMoneyWorkflow } from "@asoud/wallet/workflows"
import { planDebtSettlementStep } from "../steps/plan-debt-settlement"
import { updateRecordsStep } from "../steps/update-records"

/**
 * Takes back (part of) what a refund after payout made the affiliate owe: a debit of the affiliate's
 * wallet (never below zero) and a credit of the market that paid the commission, both keyed by the
 * adjustment, then the adjustment's `settled_amount`. One piece per run, serialized per affiliate;
 * `settleAffiliateDebts` runs it until nothing more can be settled.
 */
export const settleAffiliateDebtWorkflow = createWorkflow("settle-affiliate-debt", (input: { affiliate_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `affiliate-debt:${input.affiliate_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const plan = planDebtSettlementStep(input)
  when("affiliate-owes-back", { plan }, ({ plan }) => !!plan).then(() => {
    moveWalletMoneyWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        owner_type: "affiliate" as const,
        owner_id: plan!.affiliate_id,
        currency_code: plan!.currency_code,
        type: "debit" as const,
        amount: plan!.amount,
        idempotency_key: plan!.idempotency_key,
        reference_type: "commission",
        reference_id: plan!.commission_id,
        note: `refund after payout of commission ${plan!.commission_id}`,
      })),
    }).config({ name: "debit-affiliate-for-refund" })
    updateRecordsStep(
      transform({ plan }, ({ plan }) => ({
        entity: "AffiliateCommissionAdjustment" as const,
        updates: [{ id: plan!.adjustment_id, settled_amount: plan!.settled_amount, settled_at: new Date() }],
      }))
    ).config({ name: "record-affiliate-debt-settled" })
  })
  when("market-gets-commission-back", { plan }, ({ plan }) => !!plan?.market_id).then(() => {
    moveWalletMoneyWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        owner_type: "market" as const,
        owner_id: plan!.market_id!,
        currency_code: plan!.currency_code,
        type: "credit" as const,
        amount: plan!.amount,
        idempotency_key: `${plan!.idempotency_key}:market`,
        reference_type: "commission",
        reference_id: plan!.commission_id,
        note: `affiliate commission taken back after a refund of commission ${plan!.commission_id}`,
      })),
    }).config({ name: "credit-market-for-refunded-commission" })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(plan)
})
