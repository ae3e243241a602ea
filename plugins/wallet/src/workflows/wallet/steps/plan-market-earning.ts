import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"
import { findOrderMarket } from "../../../lib/markets-bridge"
import { planMarketEarning, type MarketEarningMove } from "../../../lib/market-earning-plan"
import { orderRefundState } from "../../../lib/order-refunds"

export type PlannedMarketEarning = {
  order_id: string
  market_id?: string
  currency_code?: string
  move: MarketEarningMove
  note?: string
}

export const planMarketEarningStepId = "plan-market-earning"

/** Reads an order's market, status, refunds and ledger entries, and plans the one move that settles it. */
export const planMarketEarningStep = createStep(planMarketEarningStepId, async (input: { order_id: string }, { container }) => {
  const share = await findOrderMarket(container, input.order_id)
  if (!share) {
    return new StepResponse<PlannedMarketEarning>({ order_id: input.order_id, move: { type: "none" } })
  }
  const { status, refunded } = await orderRefundState(container, input.order_id)
  const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
  const entries = await wallets.listWalletEntries({ reference_type: "order", reference_id: input.order_id })
  const sum = (type: string) => entries.filter((e) => e.type === type).reduce((total, e) => MathBN.add(total, e.amount), MathBN.convert(0))
  const move = planMarketEarning({
    total: share.total,
    earned: share.market_amount,
    refunded,
    status,
    credited: sum("credit"),
    debited: sum("debit"),
    has_credit: entries.some((e) => e.type === "credit"),
  })
  const note =
    move.type === "credit"
      ? `order total ${share.total} less commission ${share.commission_amount}` + (move.refunded_share !== "0" ? ` less ${move.refunded_share} of refunds` : "")
      : move.type === "debit"
        ? `reversal for ${move.reference}`
        : undefined
  return new StepResponse<PlannedMarketEarning>({ order_id: input.order_id, market_id: share.market_id, currency_code: share.currency_code, move, note })
})
