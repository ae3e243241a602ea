import { useAsoudFormat, useProviderLabels } from "@asoud/admin-kit/react"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
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

const GATEWAYS = ["zarinpal", "mellat", "parsian", "wallet"]
const gatewayOf = (providerId: string) => providerId.replace(/^pp_/, "").split("_")[0]

function statusColor(status: string): "green" | "red" | "orange" | "grey" | "blue" {
  switch (status) {
    case "verified":
      return "green"
    case "failed":
    case "rejected":
    case "refund_required":
      return "red"
    case "pending":
    case "returned":
    case "reversal_pending":
      return "orange"
    case "canceled":
    case "expired":
    case "refunded":
      return "grey"
    default:
      return "blue"
  }
}

/** The order's Iranian gateway transactions (token, bank reference, masked card) and their timeline. */
const OrderGatewayTransactionsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const gatewayName = (providerId: string) =>
    t(`asoudIranPayments.gateways.${gatewayOf(providerId)}`, { defaultValue: gatewayOf(providerId) })
  // Medusa's payment section on this page prints "pp_mellat_mellat": name it instead.
  useProviderLabels(Object.fromEntries(GATEWAYS.map((gateway) => [`pp_${gateway}_${gateway}`, gatewayName(`pp_${gateway}`)])))
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
  const row = (label: string, value: ReactNode, ltr = false) => (
    <>
      <Text as="span" size="small" className="text-ui-fg-subtle">{label}</Text>
      <Text as="span" size="small" dir={ltr ? "ltr" : undefined} className={ltr ? "break-all text-start font-mono" : undefined}>
        {value}
      </Text>
    </>
  )
  return (
    <Container className="divide-y p-0" data-testid="gateway-transactions">
      <div className="px-6 py-4">
        <Heading level="h2">{t("asoudIranPayments.title")}</Heading>
      </div>
      {isLoading && <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>}
      {transactions.map((tx) => (
        <div key={tx.id} className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex items-center justify-between">
            <Text weight="plus">{gatewayName(tx.provider_id)}</Text>
            <Badge size="2xsmall" color={statusColor(tx.status)}>
              {t(`asoudIranPayments.statuses.${tx.status}`, { defaultValue: tx.status })}
            </Badge>
          </div>
          <dl className="grid grid-cols-2 gap-2">
            {row(t("asoudIranPayments.amount"), format.money(tx.amount))}
            {tx.gateway_unit === "IRT" && row(t("asoudIranPayments.gatewayAmount"), format.money(tx.amount, "IRT"))}
            {row(t("asoudIranPayments.token"), tx.token, true)}
            {row(t("asoudIranPayments.orderReference"), tx.order_reference, true)}
            {tx.bank_reference && row(t("asoudIranPayments.bankReference"), tx.bank_reference, true)}
            {tx.card_pan && row(t("asoudIranPayments.card"), tx.card_pan, true)}
            {tx.error_message &&
              row(t("asoudIranPayments.error"), `${tx.error_code ? `${tx.error_code}: ` : ""}${tx.error_message}`)}
          </dl>
          <div>
            <Text size="small" weight="plus">{t("asoudIranPayments.timeline")}</Text>
            <ol className="mt-2 flex flex-col gap-y-1">
              {(tx.timeline?.entries ?? []).map((entry, index) => (
                <li key={index} className="flex flex-wrap gap-x-2">
                  <Text as="span" size="xsmall" className="text-ui-fg-muted">{format.dateTime(entry.at)}</Text>
                  <Text as="span" size="xsmall">{t(`asoudIranPayments.statuses.${entry.status}`, { defaultValue: entry.status })}</Text>
                  {entry.note && <Text as="span" size="xsmall" className="text-ui-fg-subtle">— {entry.note}</Text>}
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
