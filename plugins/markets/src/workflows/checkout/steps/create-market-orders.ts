import type { CreateOrderDTO, CreateOrderLineItemDTO } from "@medusajs/framework/types"
import { Modules, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutItem, CheckoutShippingMethod, MaterializedOrder, SplitPlan } from "../types"

const CHECKOUT_ITEM_KEY = "checkout_line_item_id"

function address(value: Record<string, unknown> | null | undefined) {
  if (!value) {
    return undefined
  }
  const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = value
  return rest
}

function taxLines(lines: CheckoutItem["tax_lines"]) {
  return (lines ?? []).map(({ code, rate, description, provider_id, tax_rate_id }) => ({
    code, rate, description: description ?? undefined, provider_id: provider_id ?? undefined, tax_rate_id: tax_rate_id ?? undefined,
  }))
}

function adjustments(lines: CheckoutItem["adjustments"]) {
  return (lines ?? []).map(({ code, amount, description, promotion_id, provider_id }) => ({
    code: code ?? undefined, amount, description: description ?? undefined, promotion_id: promotion_id ?? undefined, provider_id: provider_id ?? undefined,
  }))
}

function toItem(item: CheckoutItem): CreateOrderLineItemDTO {
  const optional = <T>(value: T | null | undefined) => value ?? undefined
  return {
    title: item.title,
    subtitle: optional(item.subtitle),
    thumbnail: optional(item.thumbnail),
    quantity: item.quantity,
    unit_price: item.unit_price,
    compare_at_unit_price: optional(item.compare_at_unit_price),
    is_tax_inclusive: item.is_tax_inclusive,
    is_discountable: item.is_discountable,
    requires_shipping: item.requires_shipping,
    product_id: optional(item.product_id),
    product_title: optional(item.product_title),
    product_description: optional(item.product_description),
    product_subtitle: optional(item.product_subtitle),
    product_type: optional(item.product_type),
    product_collection: optional(item.product_collection),
    product_handle: optional(item.product_handle),
    variant_id: optional(item.variant_id),
    variant_sku: optional(item.variant_sku),
    variant_barcode: optional(item.variant_barcode),
    variant_title: optional(item.variant_title),
    variant_option_values: optional(item.variant_option_values),
    metadata: { ...(item.metadata ?? {}), [CHECKOUT_ITEM_KEY]: item.id },
    tax_lines: taxLines(item.tax_lines),
    adjustments: adjustments(item.adjustments),
  }
}

function toShippingMethod(method: CheckoutShippingMethod) {
  return {
    name: method.name,
    amount: method.amount,
    is_tax_inclusive: method.is_tax_inclusive,
    shipping_option_id: method.shipping_option_id ?? undefined,
    data: method.data ?? undefined,
    metadata: method.metadata ?? undefined,
    tax_lines: taxLines(method.tax_lines),
    adjustments: adjustments(method.adjustments),
  }
}

/**
 * Creates one order per market from a checkout that spans several: the market's items (prices, taxes
 * and discounts as charged), its shipping methods, the customer's addresses, in the market's sales
 * channel. The checkout order stays as the group's payment record.
 */
export const createMarketOrdersStep = createStep(
  "create-market-orders",
  async (plan: SplitPlan, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const channelOf = new Map(plan.markets.map((m) => [m.id, m.sales_channel_id]))
    const input: CreateOrderDTO[] = plan.parts.map((part) => ({
      region_id: plan.order.region_id ?? undefined,
      customer_id: plan.order.customer_id ?? undefined,
      sales_channel_id: (part.market_id && channelOf.get(part.market_id)) || plan.order.sales_channel_id || undefined,
      status: OrderStatus.PENDING,
      email: plan.order.email ?? undefined,
      currency_code: plan.order.currency_code,
      shipping_address: address(plan.order.shipping_address),
      billing_address: address(plan.order.billing_address),
      items: part.items.map(toItem),
      shipping_methods: part.shipping_methods.map(toShippingMethod),
      metadata: { checkout_order_id: plan.order.id },
    }))
    const created = await orders.createOrders(input)
    // The order module does not promise its answer in input order: each order is matched to its part by
    // the checkout items it carries, or one market's order would be credited to another.
    const partOfItem = new Map(plan.parts.flatMap((part) => part.items.map((item) => [item.id, part] as const)))
    const partOf = (order: (typeof created)[number]) => {
      const part = partOfItem.get(String(order.items?.[0]?.metadata?.[CHECKOUT_ITEM_KEY]))
      if (!part) {
        throw new Error(`Market order ${order.id} came back without the checkout items it was made of`)
      }
      return part
    }
    const result: MaterializedOrder[] = created.map((order) => ({
      market_id: partOf(order).market_id,
      order_id: order.id,
      created: true,
      item_ids: Object.fromEntries(
        (order.items ?? []).map((item) => [String(item.metadata?.[CHECKOUT_ITEM_KEY]), item.id])
      ),
    }))
    return new StepResponse(result, created.map((order) => order.id))
  },
  async (orderIds, { container }) => {
    if (orderIds?.length) {
      await container.resolve(Modules.ORDER).deleteOrders(orderIds)
    }
  }
)
