import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ensureWalletStep } from "../steps/ensure-wallet"
import { planMarketEarningStep } from "../steps/plan-market-earning"
import { recordWalletEntryStep } from "../steps/record-wallet-entry"

export type SettleMarketEarningWorkflowInput = { order_id: string }

export const settleMarketEarningWorkflowId = "settle-market-earning"

/**
 * Brings a market's wallet in line with one of its orders: credits the earning (less the share of any
 * refund made before) once the order is completed, takes back the share of later refunds, everything
 * on cancellation. Serialized per order and worked out from state, so completion, refund and
 * cancellation events give the same exact balance in any order, and replays move nothing.
 */
export const settleMarketEarningWorkflow = createWorkflow(settleMarketEarningWorkflowId, (input: SettleMarketEarningWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `market-earning:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const plan = planMarketEarningStep({ order_id: input.order_id })
  const entry = when("market-earning-moves", { plan }, ({ plan }) => plan.move.type !== "none").then(() => {
    const wallet = ensureWalletStep(
      transform({ plan }, ({ plan }) => ({ owner_type: "market" as const, owner_id: plan.market_id!, currency_code: plan.currency_code! }))
    )
    return recordWalletEntryStep(
      transform({ plan, wallet }, ({ plan, wallet }) => {
        const move = plan.move as Exclude<typeof plan.move, { type: "none" }>
        return {
          wallet_id: wallet.id,
          type: move.type,
          amount: move.amount,
          idempotency_key:
            move.type === "credit"
              ? `market-earning:${plan.order_id}:${plan.market_id}`
              : `market-earning-reversal:${plan.order_id}:${plan.market_id}:${move.reference}`,
          reference_type: "order",
          reference_id: plan.order_id,
          note: plan.note ?? null,
        }
      })
    )
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ plan, entry }, ({ plan, entry }) => ({ move: plan.move, entry: entry ?? null })))
})
