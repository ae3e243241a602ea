import { Crumb, useAsoudFormat } from "@asoud/admin-kit/react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { CreateMarketDrawer } from "../../components/create-market-drawer"
import { statusColor, useMarkets, useMarketsMe } from "../../lib/markets"

const ALL = "all"
const STATUSES = ["pending", "active", "suspended", "closed"]

/** Every market for the platform (search, status filter, create); a member's own markets for staff. */
const MarketsPage = () => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const [q, setQ] = useState("")
  const [status, setStatus] = useState<string>(ALL)
  const [creating, setCreating] = useState(false)
  const { data: me } = useMarketsMe()
  const { data, isLoading } = useMarkets({ q: q || undefined, status: status === ALL ? undefined : status })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">{t("asoudMarkets.title")}</Heading>
        <div className="flex flex-wrap gap-2">
          <Input
            size="small"
            type="search"
            aria-label={t("asoudKit.common.search")}
            placeholder={t("asoudMarkets.searchPlaceholder")}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <Select size="small" value={status} onValueChange={setStatus}>
            <Select.Trigger className="w-40" aria-label={t("asoudMarkets.columns.status")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>{t("asoudMarkets.allStatuses")}</Select.Item>
              {STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`asoudMarkets.status.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {me?.is_platform_admin && (
            <Button size="small" onClick={() => setCreating(true)}>
              {t("asoudMarkets.create")}
            </Button>
          )}
        </div>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>
      ) : !data?.markets.length ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{t("asoudMarkets.empty")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="text-start">{t("asoudMarkets.columns.name")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudMarkets.columns.handle")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudMarkets.columns.city")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudMarkets.columns.status")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudMarkets.columns.commission")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.markets.map((market) => (
              <Table.Row key={market.id}>
                <Table.Cell>
                  <Link className="text-ui-fg-interactive hover:underline" to={`/markets/${market.id}`}>
                    {market.name}
                  </Link>
                </Table.Cell>
                <Table.Cell dir="ltr" className="text-start font-mono">{market.handle}</Table.Cell>
                <Table.Cell>{market.city ?? t("asoudKit.common.none")}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={statusColor(market.status)}>
                    {t(`asoudMarkets.status.${market.status}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{format.percent(market.commission_rate)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <CreateMarketDrawer open={creating} onOpenChange={setCreating} />
    </Container>
  )
}

export const handle = { breadcrumb: () => <Crumb i18nKey="asoudMarkets.title" /> }

export const config = defineRouteConfig({
  label: "asoudMarkets.menu",
  translationNs: "translation",
  icon: BuildingStorefront,
})

export default MarketsPage
