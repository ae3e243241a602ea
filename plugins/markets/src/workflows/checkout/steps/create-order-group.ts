import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { SplitPlan } from "../types"

export const createOrderGroupStep = createStep(
  "create-order-group",
  async (plan: SplitPlan, { container }) => {
    const group = await container.resolve<MarketModuleService>(MARKET_MODULE).createOrderGroups({
      cart_id: plan.cart_id,
      checkout_order_id: plan.order.id,
      customer_id: plan.order.customer_id ?? null,
      currency_code: plan.order.currency_code,
      total: MathBN.convert(plan.order.total).toNumber(),
    })
    return new StepResponse({ id: group.id }, group.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MarketModuleService>(MARKET_MODULE).deleteOrderGroups(id)
    }
  }
)
