import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { extendHook } from "@asoud/extensions/hooks"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"
import { splitCheckoutWorkflow } from "../checkout/workflows/split-checkout"

type OrderCreatedInput = { order_id: string; cart_id: string }
type SplitResult = { order_group_id: string; order_ids: string[]; checkout_order_id: string } | null

/**
 * Medusa declares the `orderCreated` hook of `completeCartWorkflow` (after payment authorisation) but
 * leaves it out of the workflow's typed hook list; it is extended like any other hook.
 */
extendHook<OrderCreatedInput, SplitResult, SplitResult>(completeCartWorkflow, "orderCreated", {
  id: "markets.split-checkout",
  order: 10,
  invoke: async (input, { container }) => {
    // A failing split compensates itself; throwing here then rolls the cart completion back.
    const { result } = await splitCheckoutWorkflow(container).run({ input })
    const split: SplitResult = result
      ? { ...result, checkout_order_id: input.order_id }
      : null
    return new StepResponse(split, split)
  },
  compensate: async (split, { container }) => {
    if (!split) {
      return
    }
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const records = await service.listMarketOrders({ order_group_id: split.order_group_id }, { select: ["id"] })
    if (records.length) {
      await service.deleteMarketOrders(records.map((r) => r.id))
    }
    await service.deleteOrderGroups(split.order_group_id)
    const created = split.order_ids.filter((id) => id !== split.checkout_order_id)
    if (created.length) {
      await container.resolve(Modules.ORDER).deleteOrders(created)
    }
  },
})
