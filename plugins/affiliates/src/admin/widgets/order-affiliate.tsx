import { useAsoudFormat } from "@asoud/admin-kit/react"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useOrderAffiliate } from "../lib/api"
import "../lib/register-slots"

/** The order's affiliate: who it is attributed to (code or link, when) and its commission(s). */
const OrderAffiliateWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const { data, isLoading, isError } = useOrderAffiliate(order.id)
  if (isLoading || isError || !data) return null
  const { attribution, commissions } = data
  return (
    <Container className="divide-y p-0" data-testid="order-affiliate">
      <div className="px-6 py-4">
        <Heading level="h2">{t("asoudAffiliates.order.title")}</Heading>
      </div>
      {!attribution ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("asoudAffiliates.order.none")}
        </Text>
      ) : (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small">
            {t("asoudAffiliates.order.affiliate")}: <span className="font-mono">{attribution.affiliate_id}</span>
          </Text>
          <Text size="small">
            {t(`asoudAffiliates.order.sources.${attribution.source}`)}: <span dir="ltr" className="font-mono">{attribution.code}</span>
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t(`asoudAffiliates.order.outcomes.${attribution.outcome}`, { defaultValue: attribution.outcome })} ·{" "}
            {format.dateTime(attribution.created_at)}
          </Text>
          {commissions.map((c) => (
            <div key={c.id} className="flex items-center justify-between gap-x-2">
              <Text size="small" weight="plus">{format.money(c.amount)}</Text>
              <Badge size="2xsmall" color={c.review === "flagged" ? "red" : "grey"}>
                {t(`asoudAffiliates.commissions.statuses.${c.status}`)}
              </Badge>
            </div>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side" })

export default OrderAffiliateWidget
