import { useAsoudFormat } from "@asoud/admin-kit/react"
import { Badge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useReferrals } from "../lib/api"

/** Customer referrals: who referred whom with which code, and what each side was paid for which order. */
export const ReferralsTable = () => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const { data, isLoading } = useReferrals()
  if (isLoading) return <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>
  if (!data?.referrals.length) return <Text className="text-ui-fg-subtle px-6 py-4">{t("asoudAffiliates.empty")}</Text>
  const none = t("asoudKit.common.none")
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.referrals.referrer")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.referrals.referred")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.referrals.code")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.status")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.referrals.rewards")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.at")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.referrals.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell>
                <Link className="text-ui-fg-interactive" to={`/customers/${r.referrer_customer_id}`}>
                  {r.referrer_customer_id}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <Link className="text-ui-fg-interactive" to={`/customers/${r.referred_customer_id}`}>
                  {r.referred_customer_id}
                </Link>
              </Table.Cell>
              <Table.Cell dir="ltr" className="text-start font-mono">{r.code}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={r.status === "rewarded" ? "green" : r.status === "reversed" ? "red" : "orange"}>
                  {t(`asoudAffiliates.referrals.statuses.${r.status}`)}
                </Badge>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                {r.status !== "pending"
                  ? `${format.money(r.referrer_reward ?? 0)} + ${format.money(r.referred_reward ?? 0)}`
                  : none}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">{format.dateTime(r.created_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
