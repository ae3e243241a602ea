import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"
import { resolveAttribution } from "../../../lib/attribution"
import { cardHash, cardOfCart } from "../../../lib/card"
import { computeCommission, type CommissionRule } from "../../../lib/commission"
import { marketOrdersOfCheckout } from "../../../lib/order-lines"
import { affiliatesOptions } from "../../../lib/plugin-options"
import { unpromotableMarkets } from "../../../lib/promotable"
import { buyerAndAffiliate, isSameBuyer } from "../../../lib/self-order"

export type OrderAttributionInput = { order_id: string; cart_id: string }

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Reads the cart's token or code and plans the attribution and one commission per market order.
 * Nothing to attribute costs one read. Self orders, small orders and unpromotable markets earn nothing.
 */
export const planOrderAttributionStep = createStep("plan-order-attribution", async (input: OrderAttributionInput, { container }) => {
  const none = { attribution: [] as Record<string, unknown>[], commissions: [] as Record<string, unknown>[] }
  const { data: carts } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id", "metadata"], filters: { id: input.cart_id } })
  const options = affiliatesOptions(container)
  const now = new Date()
  const source = await resolveAttribution(container, carts[0]?.metadata as Record<string, unknown> | null, options, now)
  if (!source) {
    return new StepResponse(none)
  }
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const affiliate = await service.retrieveAffiliate(source.affiliate_id)
  const people = await buyerAndAffiliate(container, input.order_id, affiliate)
  const card_hash = cardHash(await cardOfCart(container, input.cart_id), options.hashSalt)
  const attribution = { ...source, order_id: input.order_id, cart_id: input.cart_id, customer_id: people.buyer.customer_id ?? null, card_hash, outcome: "commissioned" }
  if (isSameBuyer(people.buyer, people.affiliate)) {
    return new StepResponse({ attribution: [{ ...attribution, outcome: "self" }], commissions: [] })
  }
  const parts = await marketOrdersOfCheckout(container, input.order_id, input.cart_id)
  const closed = await unpromotableMarkets(container, parts.map((p) => p.market_id).filter((id): id is string => !!id))
  const rules = (await service.listAffiliateCommissionRules({})) as unknown as CommissionRule[]
  const computed = parts
    .filter((part) => !part.market_id || !closed.has(part.market_id))
    .map((part) => ({ part, result: computeCommission(part.lines, rules, { market_id: part.market_id, affiliate_id: affiliate.id }) }))
  const orderBase = computed.reduce((sum, c) => MathBN.add(sum, c.result.base), MathBN.convert(0))
  if (!computed.length || MathBN.lt(orderBase, options.minimumOrderAmount)) {
    return new StepResponse({ attribution: [{ ...attribution, outcome: computed.length ? "below_minimum" : "not_promotable" }], commissions: [] })
  }
  const commissions = computed
    .filter((c) => MathBN.gt(c.result.amount, 0))
    .map(({ part, result }) => ({
      affiliate_id: affiliate.id,
      order_id: part.order_id,
      checkout_order_id: input.order_id,
      market_id: part.market_id,
      currency_code: part.currency_code,
      base_amount: result.base,
      original_amount: result.amount,
      amount: result.amount,
      status: "pending",
      lines: result.lines,
      hold_until: new Date(now.getTime() + options.holdDays * DAY_MS),
    }))
  return new StepResponse({ attribution: [attribution], commissions })
})
