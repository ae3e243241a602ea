import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { commissionFor } from "../../../lib/commission"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { MaterializedOrder, SplitPlan } from "../types"

export type RecordMarketOrdersInput = { plan: SplitPlan; group_id: string; orders: MaterializedOrder[] }

/**
 * Records each market order with its total and the platform's commission, and marks split orders
 * paid by the group's single payment (a transaction referencing the group), so each market order's
 * balance is settled and the amounts add up to what was captured once.
 */
export const recordMarketOrdersStep = createStep(
  "record-market-orders",
  async (input: RecordMarketOrdersInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: totals } = await query.graph({
      entity: "order",
      fields: ["id", "total", "currency_code"],
      filters: { id: input.orders.map((o) => o.order_id) },
    })
    const totalOf = new Map(totals.map((o: { id: string; total: number }) => [o.id, o.total]))
    const rateOf = new Map(input.plan.markets.map((m) => [m.id, m.commission_rate]))
    const created = input.orders.filter((o) => o.created)
    const transactions = created.length
      ? await container.resolve(Modules.ORDER).addOrderTransactions(
          created.map((o) => ({
            order_id: o.order_id,
            amount: totalOf.get(o.order_id) ?? 0,
            currency_code: input.plan.order.currency_code,
            reference: "order_group",
            reference_id: input.group_id,
          }))
        )
      : []
    const rows = input.orders
      .filter((o): o is MaterializedOrder & { market_id: string } => !!o.market_id)
      .map((o) => {
        const total = totalOf.get(o.order_id) ?? 0
        const rate = rateOf.get(o.market_id) ?? 0
        return {
          order_id: o.order_id,
          market_id: o.market_id,
          order_group_id: input.group_id,
          currency_code: input.plan.order.currency_code,
          // Amounts in IRR are whole numbers far below 2^53, so a JS number holds them exactly.
          total: MathBN.convert(total).toNumber(),
          commission_rate: MathBN.convert(rate).toNumber(),
          commission_amount: Number(commissionFor(total, rate)),
        }
      })
    const records = rows.length ? await container.resolve<MarketModuleService>(MARKET_MODULE).createMarketOrders(rows) : []
    return new StepResponse(records, {
      records: records.map((r) => r.id),
      transactions: (Array.isArray(transactions) ? transactions : [transactions]).map((t) => t.id),
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    if (compensation.records.length) {
      await container.resolve<MarketModuleService>(MARKET_MODULE).deleteMarketOrders(compensation.records)
    }
    if (compensation.transactions.length) {
      await container.resolve(Modules.ORDER).deleteOrderTransactions(compensation.transactions)
    }
  }
)
