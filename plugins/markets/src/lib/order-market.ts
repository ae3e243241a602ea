import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"

/** What the wallet needs to credit a market when one of its orders completes. */
export type OrderMarket = {
  market_id: string
  order_id: string
  order_group_id: string
  currency_code: string
  /** The market order's total, in the currency's major unit (IRR), as a decimal string. */
  total: string
  commission_rate: string
  commission_amount: string
  /** `total - commission_amount`: what the market earns. */
  market_amount: string
}

/** The market and platform commission of a Medusa order, or undefined for an order of no market. */
export async function getOrderMarket(container: MedusaContainer, orderId: string): Promise<OrderMarket | undefined> {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const [row] = await service.listMarketOrders({ order_id: orderId })
  if (!row) {
    return undefined
  }
  const record = row as typeof row & { market_id: string; order_group_id: string }
  return {
    market_id: record.market_id,
    order_id: record.order_id,
    order_group_id: record.order_group_id,
    currency_code: record.currency_code,
    total: MathBN.convert(record.total).toFixed(),
    commission_rate: MathBN.convert(record.commission_rate).toFixed(),
    commission_amount: MathBN.convert(record.commission_amount).toFixed(),
    market_amount: MathBN.sub(record.total, record.commission_amount).toFixed(),
  }
}
