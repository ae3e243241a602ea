import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { extendHook } from "@asoud/extensions/hooks"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../modules/affiliate"
import { attributeOrderWorkflow } from "../affiliate/workflows/attribute-order"

type OrderCreatedInput = { order_id: string; cart_id: string }
type Created = { attribution_id: string | null; commission_ids: string[] }

/** After `markets.split-checkout` (10) made the market orders: attribute the order, one commission each. */
extendHook<OrderCreatedInput, Created, Created>(completeCartWorkflow, "orderCreated", {
  id: "affiliates.attribute-order",
  order: 30,
  invoke: async (input, { container }) => {
    const { result } = await attributeOrderWorkflow(container).run({ input: { order_id: input.order_id, cart_id: input.cart_id } })
    const created = { attribution_id: (result.attribution?.id as string) ?? null, commission_ids: result.commissions.map((c) => c.id) }
    return new StepResponse(created, created)
  },
  compensate: async (created, { container }) => {
    if (!created) {
      return
    }
    const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
    if (created.commission_ids.length) {
      await service.softDeleteAffiliateCommissions(created.commission_ids)
    }
    if (created.attribution_id) {
      await service.softDeleteAffiliateAttributions([created.attribution_id])
    }
  },
})
