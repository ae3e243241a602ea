import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { sdk } from "../lib/sdk"
import { t } from "../lib/markets"

type OrderMarketResponse = {
  order_group: { id: string; checkout_order_id: string } | null
  market_orders: {
    order_id: string
    market: { id: string; name: string } | null
    total: number
    commission_rate: number
    commission_amount: number
  }[]
}

const rials = (amount: number) => `${new Intl.NumberFormat("fa-IR").format(Number(amount))} ریال`

const OrderMarket = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data } = useQuery({
    queryKey: ["asoud-order-market", order.id],
    queryFn: () => sdk.client.fetch<OrderMarketResponse>(`/admin/orders/${order.id}/market`),
  })
  if (!data?.order_group) {
    return null
  }
  const isCheckout = data.order_group.checkout_order_id === order.id && data.market_orders.every((m) => m.order_id !== order.id)
  return (
    <Container className="flex flex-col gap-2">
      <Heading level="h2">{t.market}</Heading>
      {isCheckout && <Text size="small" className="text-ui-fg-subtle">Checkout of several markets · پرداخت مشترک چند بازارچه</Text>}
      {data.market_orders.map((row) => (
        <div key={row.order_id} className="flex flex-col">
          <Link to={`/orders/${row.order_id}`}><Text weight="plus">{row.market?.name}</Text></Link>
          <Text size="small">{rials(row.total)} · {t.commission}: {rials(row.commission_amount)} ({row.commission_rate}%)</Text>
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side" })

export default OrderMarket
