import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"

/** Transaction references the markets plugin writes on market orders. */
export const CHECKOUT_REFUND_REFERENCE = "checkout_refund"
/** On the checkout order: a refund made on one of its market orders (reference_id = that order). */
export const MARKET_ORDER_REFUND_REFERENCE = "market_order_refund"

type Amount = BigNumberInput | null | undefined
type OrderRow = {
  id: string
  currency_code: string
  item_subtotal?: Amount
  metadata?: Record<string, unknown> | null
  transactions?: { amount: Amount; reference: string | null; reference_id: string | null }[] | null
  payment_collections?: { id: string; amount: Amount; authorized_amount: Amount; captured_amount: Amount; refunded_amount: Amount; status: string }[] | null
}

export type GroupPart = {
  order_id: string
  market_id: string
  total: BigNumber
  commission_amount: BigNumber
  item_subtotal: BigNumber
  /** Everything refunded on this market order so far (its negative transactions). */
  refunded: BigNumber
  /** The part of `refunded` that came from refunds of the checkout order. */
  from_checkout: BigNumber
  /** What of this order's own refunds the checkout order already records (`market_order_refund`). */
  on_checkout: BigNumber
  metadata: Record<string, unknown>
  /** The market order's own payment collection (its share of the group's payment), once made. */
  collection_id?: string
}

export type GroupPayments = {
  order_group_id: string
  checkout_order_id: string
  currency_code: string
  /** Market orders split from the checkout; empty for a one-market checkout (the checkout is the market order). */
  parts: GroupPart[]
  /** The one-market checkout's own market order, when there is no split. */
  single?: GroupPart
  checkout: {
    total: BigNumber
    authorized: BigNumber
    captured: BigNumber
    /** Refunds made on the checkout itself (not those mirrored from its market orders). */
    refunded: BigNumber
    canceled: boolean
    metadata: Record<string, unknown>
  }
}

const big = (value: Amount) => new BigNumber(MathBN.convert(value ?? 0))
const sum = (values: Amount[]) => values.reduce<BigNumber>((total, v) => new BigNumber(MathBN.add(total, v ?? 0)), new BigNumber(0))
const refundsOf = (order: OrderRow | undefined, keep: (t: { reference: string | null; reference_id: string | null }) => boolean = () => true) =>
  new BigNumber(
    MathBN.mult(sum((order?.transactions ?? []).filter((t) => MathBN.lt(t.amount ?? 0, 0) && keep(t)).map((t) => t.amount)), -1)
  )

/** The checkout order of the group an order belongs to (the order itself when it is a checkout). */
export async function checkoutOrderOf(container: MedusaContainer, orderId: string): Promise<string | undefined> {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const [asCheckout] = await service.listOrderGroups({ checkout_order_id: orderId }, { select: ["id"] })
  if (asCheckout) {
    return orderId
  }
  const [record] = await service.listMarketOrders({ order_id: orderId }, { relations: ["order_group"] })
  return (record as { order_group?: { checkout_order_id: string } } | undefined)?.order_group?.checkout_order_id
}

/** Everything about a checkout's payment and how it stands on each of its market orders. */
export async function readGroupPayments(container: MedusaContainer, checkoutOrderId: string): Promise<GroupPayments | undefined> {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const [group] = await service.listOrderGroups({ checkout_order_id: checkoutOrderId })
  if (!group) {
    return undefined
  }
  const records = (await service.listMarketOrders({ order_group_id: group.id })) as unknown as {
    order_id: string
    market_id: string
    total: Amount
    commission_amount: Amount
  }[]
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "item_subtotal",
      "metadata",
      "transactions.amount",
      "transactions.reference",
      "transactions.reference_id",
      "payment_collections.id",
      "payment_collections.amount",
      "payment_collections.authorized_amount",
      "payment_collections.captured_amount",
      "payment_collections.refunded_amount",
      "payment_collections.status",
    ],
    filters: { id: [checkoutOrderId, ...records.map((r) => r.order_id)] },
  })
  const orders = new Map((data as unknown as OrderRow[]).map((o) => [o.id, o]))
  const checkout = orders.get(checkoutOrderId)
  const toPart = (record: (typeof records)[number]): GroupPart => {
    const order = orders.get(record.order_id)
    return {
      order_id: record.order_id,
      market_id: record.market_id,
      total: big(record.total),
      commission_amount: big(record.commission_amount),
      item_subtotal: big(order?.item_subtotal),
      refunded: refundsOf(order),
      from_checkout: refundsOf(order, (t) => t.reference === CHECKOUT_REFUND_REFERENCE),
      on_checkout: refundsOf(checkout, (t) => t.reference === MARKET_ORDER_REFUND_REFERENCE && t.reference_id === record.order_id),
      metadata: order?.metadata ?? {},
      collection_id: order?.payment_collections?.[0]?.id,
    }
  }
  const collections = checkout?.payment_collections ?? []
  return {
    order_group_id: group.id,
    checkout_order_id: checkoutOrderId,
    currency_code: group.currency_code,
    parts: records.filter((r) => r.order_id !== checkoutOrderId).map(toPart),
    single: records.filter((r) => r.order_id === checkoutOrderId).map(toPart)[0],
    checkout: {
      total: big(group.total),
      authorized: sum(collections.map((c) => c.authorized_amount)),
      captured: sum(collections.map((c) => c.captured_amount)),
      refunded: refundsOf(checkout, (t) => t.reference !== MARKET_ORDER_REFUND_REFERENCE),
      canceled: collections.length > 0 && collections.every((c) => c.status === "canceled"),
      metadata: checkout?.metadata ?? {},
    },
  }
}

/** bignumber.js ROUND_HALF_UP */
const ROUND_HALF_UP = 4

/**
 * A running share of a refunded total (`refunded × part / whole`, half-up, never above `part`): the
 * shares of successive partial refunds add up exactly to `part` once everything is refunded.
 */
export function shareOfRefunded(refunded: BigNumberInput, whole: BigNumberInput, part: BigNumberInput): string {
  if (!MathBN.gt(whole, 0)) {
    return "0"
  }
  const share = MathBN.convert(refunded).multipliedBy(MathBN.convert(part)).dividedBy(MathBN.convert(whole)).decimalPlaces(0, ROUND_HALF_UP)
  return MathBN.min(share, MathBN.convert(part)).toFixed(0)
}
