import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { marketOfProducts } from "../../../lib/ownership"
import { planSplit } from "../../../lib/split-plan"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { CheckoutItem, CheckoutOrder, CheckoutShippingMethod, SplitPlan } from "../types"

const ORDER_FIELDS = [
  "id", "region_id", "customer_id", "sales_channel_id", "email", "currency_code", "total",
  "shipping_address.*", "billing_address.*",
  "items.*", "items.tax_lines.*", "items.adjustments.*",
  "shipping_methods.*", "shipping_methods.tax_lines.*", "shipping_methods.adjustments.*",
]

/** Reads the completed checkout order and decides which market gets which items and shipping. */
export const planCheckoutSplitStep = createStep(
  "plan-checkout-split",
  async (input: { order_id: string; cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
    const order = data[0] as unknown as CheckoutOrder & { items: CheckoutItem[]; shipping_methods: CheckoutShippingMethod[] }
    const productIds = [...new Set(order.items.map((item) => item.product_id).filter((id): id is string => !!id))]
    const marketOfProduct = productIds.length ? await marketOfProducts(container, productIds) : new Map<string, string>()
    if (!marketOfProduct.size) {
      return new StepResponse<SplitPlan | null>(null)
    }
    const markets = await container
      .resolve<MarketModuleService>(MARKET_MODULE)
      .listMarkets({ id: [...new Set(marketOfProduct.values())] }, { select: ["id", "sales_channel_id", "shipping_profile_id", "commission_rate"] })
    const marketOfProfile = new Map(
      markets.filter((m) => m.shipping_profile_id).map((m) => [m.shipping_profile_id as string, m.id])
    )
    const optionIds = order.shipping_methods.map((m) => m.shipping_option_id).filter((id): id is string => !!id)
    const { data: options } = optionIds.length
      ? await query.graph({ entity: "shipping_option", fields: ["id", "shipping_profile_id"], filters: { id: optionIds } })
      : { data: [] as { id: string; shipping_profile_id: string }[] }
    const profileOfOption = new Map(options.map((o: { id: string; shipping_profile_id: string }) => [o.id, o.shipping_profile_id]))
    const methods = order.shipping_methods.map((method) => ({
      ...method,
      shipping_profile_id: method.shipping_option_id ? profileOfOption.get(method.shipping_option_id) ?? null : null,
    }))
    const parts = planSplit(order.items, methods, marketOfProduct, marketOfProfile)
    return new StepResponse<SplitPlan | null>({
      cart_id: input.cart_id,
      order,
      parts,
      markets: markets.map((m) => ({ id: m.id, sales_channel_id: m.sales_channel_id ?? null, commission_rate: m.commission_rate as unknown as number })),
    })
  }
)
