import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"

export type DebtSettlement = {
  adjustment_id: string
  commission_id: string
  affiliate_id: string
  market_id: string | null
  currency_code: string
  amount: string
  settled_amount: string
  /** One key per adjustment and what was settled before: a replay moves nothing twice. */
  idempotency_key: string
}

type WalletRow = { balance: BigNumberInput; held: BigNumberInput }

/**
 * The next piece of what the affiliate owes back (the oldest unsettled refund adjustment), as much of
 * it as the affiliate's available balance covers: never more, so the wallet never goes negative.
 * Null when nothing is owed or nothing is available. Runs under the affiliate's debt lock.
 */
export const planDebtSettlementStep = createStep("plan-affiliate-debt-settlement", async (input: { affiliate_id: string }, { container }) => {
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const commissions = await service.listAffiliateCommissions({ affiliate_id: input.affiliate_id, status: "paid" }, { relations: ["adjustments"], order: { paid_at: "ASC" } })
  const owing = commissions
    .flatMap((commission) => (commission.adjustments ?? []).map((adjustment) => ({ commission, adjustment: adjustment! })))
    .map((row) => ({ ...row, owed: MathBN.sub(MathBN.mult(row.adjustment.amount, -1), row.adjustment.settled_amount ?? 0) }))
    .filter((row) => MathBN.gt(row.owed, 0))
    .sort((a, b) => new Date(a.adjustment.created_at).getTime() - new Date(b.adjustment.created_at).getTime())
  const next = owing[0]
  if (!next) {
    return new StepResponse(null as DebtSettlement | null)
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "wallet",
    fields: ["balance", "held"],
    filters: { owner_type: "affiliate", owner_id: input.affiliate_id, currency_code: next.commission.currency_code },
  })
  const wallet = data[0] as WalletRow | undefined
  const available = wallet ? MathBN.sub(wallet.balance, wallet.held) : MathBN.convert(0)
  const amount = MathBN.min(next.owed, available)
  if (!MathBN.gt(amount, 0)) {
    return new StepResponse(null as DebtSettlement | null)
  }
  const before = MathBN.convert(next.adjustment.settled_amount ?? 0)
  return new StepResponse<DebtSettlement | null>({
    adjustment_id: next.adjustment.id,
    commission_id: next.commission.id,
    affiliate_id: input.affiliate_id,
    market_id: next.commission.market_id,
    currency_code: next.commission.currency_code,
    amount: amount.toFixed(0),
    settled_amount: MathBN.add(before, amount).toFixed(0),
    idempotency_key: `affiliate-adjustment:${next.adjustment.id}:settled-${before.toFixed(0)}`,
  })
})
