import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MathBN } from "@medusajs/framework/utils"
import { moveWalletMoneyWorkflow } from "@asoud/wallet/workflows"
import { loadReferralReversalStep, type ReferralReversal } from "../steps/load-referral-reversal"
import { markReferralReversedStep } from "../steps/mark-referral-reversed"

export const reverseReferralRewardWorkflowId = "reverse-referral-reward"

const takeBack = (reversal: ReferralReversal, side: "referrer" | "referred") => ({
  owner_type: "customer" as const,
  owner_id: reversal[side].customer_id,
  currency_code: reversal.currency_code,
  type: "debit" as const,
  amount: reversal[side].amount,
  idempotency_key: `referral:${reversal.referral_id}:${side}:refunded`,
  reference_type: "referral",
  reference_id: reversal.referral_id,
  note: `referral reward (${side}) taken back: order ${reversal.order_id} refunded or canceled`,
})

/**
 * The order that paid a referral gave its money back: both rewards are taken back by debit entries
 * (the ledger keeps the credit; keys `referral:<id>:<side>:refunded`), as far as each wallet allows,
 * and the referral becomes `reversed`. Serialized per order so concurrent refund events act once.
 */
export const reverseReferralRewardWorkflow = createWorkflow(reverseReferralRewardWorkflowId, (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `referral-reversal:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const reversal = loadReferralReversalStep(input)
  when("take-back-referrer-reward", { reversal }, ({ reversal }) => !!reversal && MathBN.gt(reversal.referrer.amount, 0)).then(() => {
    moveWalletMoneyWorkflow.runAsStep({ input: transform({ reversal }, ({ reversal }) => takeBack(reversal!, "referrer")) }).config({ name: "debit-referrer" })
  })
  when("take-back-referred-reward", { reversal }, ({ reversal }) => !!reversal && MathBN.gt(reversal.referred.amount, 0)).then(() => {
    moveWalletMoneyWorkflow.runAsStep({ input: transform({ reversal }, ({ reversal }) => takeBack(reversal!, "referred")) }).config({ name: "debit-referred" })
  })
  const referral = when("referral-reversed", { reversal }, ({ reversal }) => !!reversal).then(() => markReferralReversedStep(transform({ reversal }, ({ reversal }) => reversal!)))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ reversal, referral })
})
