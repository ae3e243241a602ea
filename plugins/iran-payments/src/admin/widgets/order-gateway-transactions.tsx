import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { formatDate, formatRial, gatewayLabels, labels, statusColor, statusLabels } from "../lib/labels"
import { sdk } from "../lib/sdk"

type TimelineEntry = { at: string; status: string; note?: string }

type GatewayTransaction = {
  id: string
  provider_id: string
  status: string
  token: string
  order_reference: string
  amount: number
  gateway_amount: number
  gateway_unit: string
  bank_reference: string | null
  card_pan: string | null
  error_code: string | null
  error_message: string | null
  timeline: { entries?: TimelineEntry[] } | null
}

const gatewayName = (providerId: string) => {
  const identifier = providerId.replace(/^pp_/, "").split("_")[0]
  return gatewayLabels[identifier] ?? identifier
}

/** The order's Iranian gateway transactions (token, bank reference, masked card) and their timeline. */
const OrderGatewayTransactionsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading } = useQuery({
    queryKey: ["iran-payments", "transactions", order.id],
    queryFn: () =>
      sdk.client.fetch<{ gateway_transactions: GatewayTransaction[] }>("/admin/iran-payments/transactions", {
        query: { order_id: order.id },
      }),
  })
  const transactions = data?.gateway_transactions ?? []
  if (!isLoading && !transactions.length) {
    return null
  }
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{labels.title}</Heading>
      </div>
      {isLoading && <Text className="px-6 py-4">{labels.loading}</Text>}
      {transactions.map((tx) => (
        <div key={tx.id} className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex items-center justify-between">
            <Text weight="plus">{gatewayName(tx.provider_id)}</Text>
            <Badge color={statusColor(tx.status)}>{statusLabels[tx.status] ?? tx.status}</Badge>
          </div>
          <dl className="grid grid-cols-2 gap-2 text-ui-fg-subtle">
            <Text size="small">{labels.amount}</Text>
            <Text size="small">
              {formatRial(tx.amount)}
              {tx.gateway_unit === "IRT" ? ` (${Number(tx.gateway_amount).toLocaleString("fa-IR")} تومان)` : ""}
            </Text>
            <Text size="small">{labels.token}</Text>
            <Text size="small" className="break-all font-mono">{tx.token}</Text>
            <Text size="small">{labels.orderReference}</Text>
            <Text size="small" className="font-mono">{tx.order_reference}</Text>
            {tx.bank_reference && (
              <>
                <Text size="small">{labels.bankReference}</Text>
                <Text size="small" className="font-mono">{tx.bank_reference}</Text>
              </>
            )}
            {tx.card_pan && (
              <>
                <Text size="small">{labels.card}</Text>
                <Text size="small" className="font-mono" dir="ltr">{tx.card_pan}</Text>
              </>
            )}
            {tx.error_message && (
              <>
                <Text size="small">{labels.error}</Text>
                <Text size="small">{tx.error_code ? `${tx.error_code}: ` : ""}{tx.error_message}</Text>
              </>
            )}
          </dl>
          <div>
            <Text size="small" weight="plus">{labels.timeline}</Text>
            <ol className="mt-2 flex flex-col gap-y-1">
              {(tx.timeline?.entries ?? []).map((entry, index) => (
                <li key={index} className="flex gap-x-2">
                  <Text size="xsmall" className="text-ui-fg-muted">{formatDate(entry.at)}</Text>
                  <Text size="xsmall">{statusLabels[entry.status] ?? entry.status}</Text>
                  {entry.note && <Text size="xsmall" className="text-ui-fg-subtle">— {entry.note}</Text>}
                </li>
              ))}
            </ol>
          </div>
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side" })

export default OrderGatewayTransactionsWidget
