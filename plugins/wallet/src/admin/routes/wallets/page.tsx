import { Crumb, MoneyUnitSwitch, useAsoudFormat } from "@asoud/admin-kit/react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Badge, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { WalletPanel } from "../../components/wallet-panel"
import { useOwnerNames } from "../../lib/owner-names"
import { sdk } from "../../lib/sdk"
import type { AdminWallet } from "../../lib/types"

const ALL = "all"
const OWNER_TYPES = ["customer", "market", "affiliate", "platform"]

/** Every wallet (customers, markets, affiliates, the platform); pick one to see and adjust it. */
const WalletsPage = () => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const [ownerType, setOwnerType] = useState(ALL)
  const [selected, setSelected] = useState<AdminWallet | null>(null)
  const { data, isLoading } = useQuery({
    queryKey: ["asoud-wallets", ownerType],
    queryFn: () =>
      sdk.client.fetch<{ wallets: AdminWallet[]; count: number }>("/admin/wallets", {
        query: { limit: 50, ...(ownerType === ALL ? {} : { owner_type: ownerType }) },
      }),
  })
  const ownerName = useOwnerNames(data?.wallets ?? [])

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <Heading level="h1">{t("asoudWallet.title")}</Heading>
          <div className="flex flex-wrap items-center gap-3">
            <MoneyUnitSwitch />
            <Select size="small" value={ownerType} onValueChange={setOwnerType}>
              <Select.Trigger className="w-40" aria-label={t("asoudWallet.owner")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>{t("asoudWallet.allOwners")}</Select.Item>
                {OWNER_TYPES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {t(`asoudWallet.ownerTypes.${value}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        {isLoading && <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>}
        {data && !data.wallets.length && <Text className="text-ui-fg-subtle px-6 py-4">{t("asoudWallet.empty")}</Text>}
        {!!data?.wallets.length && (
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell className="text-start">{t("asoudWallet.owner")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-start">{t("asoudWallet.balance")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-start">{t("asoudWallet.held")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-start">{t("asoudWallet.available")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.wallets.map((wallet) => (
                  <Table.Row
                    key={wallet.id}
                    className="cursor-pointer"
                    aria-selected={selected?.id === wallet.id}
                    onClick={() => setSelected(wallet)}
                  >
                    <Table.Cell>
                      <div className="flex items-center gap-x-2">
                        <Badge size="2xsmall">{t(`asoudWallet.ownerTypes.${wallet.owner_type}`, { defaultValue: wallet.owner_type })}</Badge>
                        <Text size="small">{ownerName(wallet)}</Text>
                      </div>
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{format.money(wallet.balance)}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{format.money(wallet.held)}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{format.money(wallet.available)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
        {!!data?.wallets.length && !selected && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-3">{t("asoudWallet.pickHint")}</Text>
        )}
      </Container>
      {selected && (
        <WalletPanel key={selected.id} ownerType={selected.owner_type} ownerId={selected.owner_id} title={ownerName(selected)} />
      )}
    </div>
  )
}

export const handle = { breadcrumb: () => <Crumb i18nKey="asoudWallet.title" /> }

export const config = defineRouteConfig({ label: "asoudWallet.menu", translationNs: "translation", icon: CreditCard })

export default WalletsPage
