import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveWalletMoneyWorkflow } from "@asoud/wallet/workflows"
import { referralCredit } from "../credits"
import { loadReferralRewardStep } from "../steps/load-referral-reward"
import { markReferralRewardedStep } from "../steps/mark-referral-rewarded"

export const rewardReferralWorkflowId = "reward-referral"

/**
 * A paid order of a referred customer: when it qualifies, both customers' wallets are credited
 * (idempotency keys `referral:<id>:referrer|referred`) and the referral is closed.
 */
export const rewardReferralWorkflow = createWorkflow(rewardReferralWorkflowId, (input: { order_id: string }) => {
  const reward = loadReferralRewardStep(input)
  when({ reward }, ({ reward }) => !!reward && reward.referrer_reward > 0).then(() => {
    moveWalletMoneyWorkflow
      .runAsStep({ input: transform({ reward }, ({ reward }) => referralCredit(reward!, "referrer")) })
      .config({ name: "credit-referrer" })
  })
  when({ reward }, ({ reward }) => !!reward && reward.referred_reward > 0).then(() => {
    moveWalletMoneyWorkflow
      .runAsStep({ input: transform({ reward }, ({ reward }) => referralCredit(reward!, "referred")) })
      .config({ name: "credit-referred" })
  })
  const referral = when({ reward }, ({ reward }) => !!reward).then(() =>
    markReferralRewardedStep(transform({ reward }, ({ reward }) => reward!))
  )
  return new WorkflowResponse({ reward, referral })
})
