import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * A checkout with one market's items is that market's order: it moves into the market's sales
 * channel, where the market's staff (and its storefront's order history) find it.
 */
export const assignOrderSalesChannelStep = createStep(
  "assign-order-sales-channel",
  async (input: { order_id: string; sales_channel_id: string | null }, { container }) => {
    if (!input.sales_channel_id) {
      return new StepResponse(null, null)
    }
    const orders = container.resolve(Modules.ORDER)
    const before = await orders.retrieveOrder(input.order_id, { select: ["id", "sales_channel_id"] })
    await orders.updateOrders(input.order_id, { sales_channel_id: input.sales_channel_id })
    return new StepResponse(null, { id: input.order_id, sales_channel_id: before.sales_channel_id ?? null })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve(Modules.ORDER).updateOrders(previous.id, { sales_channel_id: previous.sales_channel_id ?? undefined })
    }
  }
)
