import { useAsoudFormat } from "@asoud/admin-kit/react"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sdk } from "../lib/sdk"

type OrderMarketResponse = {
  order_group: { id: string; checkout_order_id?: string } | null
  market_orders: {
    order_id: string
    market: { id: string; name: string } | null
    total: number
    commission_rate: number
    commission_amount: number
  }[]
}

/** The order's market, its total and the platform's commission; every market order of a split checkout. */
const OrderMarket = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const { data } = useQuery({
    queryKey: ["asoud-order-market", order.id],
    queryFn: () => sdk.client.fetch<OrderMarketResponse>(`/admin/orders/${order.id}/market`),
  })
  if (!data?.order_group) {
    return null
  }
  const isCheckout =
    data.order_group.checkout_order_id === order.id && data.market_orders.every((row) => row.order_id !== order.id)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("asoudMarkets.order.title")}</Heading>
        {isCheckout && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("asoudMarkets.order.split")}
          </Text>
        )}
      </div>
      {data.market_orders.map((row) => (
        <div key={row.order_id} className="flex flex-col gap-y-1 px-6 py-3">
          <Link className="text-ui-fg-interactive hover:underline" to={`/orders/${row.order_id}`}>
            <Text size="small" weight="plus">{row.market?.name}</Text>
          </Link>
          <dl className="grid grid-cols-2 gap-x-2 gap-y-1">
            <Text as="span" size="small" className="text-ui-fg-subtle">{t("asoudMarkets.order.total")}</Text>
            <Text as="span" size="small">{format.money(row.total)}</Text>
            <Text as="span" size="small" className="text-ui-fg-subtle">{t("asoudMarkets.order.commission")}</Text>
            <Text as="span" size="small">{format.money(row.commission_amount)}</Text>
            <Text as="span" size="small" className="text-ui-fg-subtle">{t("asoudMarkets.order.rate")}</Text>
            <Text as="span" size="small">{format.percent(row.commission_rate)}</Text>
          </dl>
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side" })

export default OrderMarket
