import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Badge, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { WalletPanel } from "../../components/wallet-panel"
import { formatRial } from "../../lib/format"
import { labels } from "../../lib/labels"
import { sdk } from "../../lib/sdk"
import type { AdminWallet } from "../../lib/types"

const ALL = "all"

/** Every wallet (customers, markets, affiliates, the platform); pick one to see and adjust it. */
const WalletsPage = () => {
  const [ownerType, setOwnerType] = useState(ALL)
  const [selected, setSelected] = useState<AdminWallet | null>(null)
  const { data, isLoading } = useQuery({
    queryKey: ["asoud-wallets", ownerType],
    queryFn: () =>
      sdk.client.fetch<{ wallets: AdminWallet[]; count: number }>("/admin/wallets", {
        query: { limit: 50, ...(ownerType === ALL ? {} : { owner_type: ownerType }) },
      }),
  })

  return (
    <div className="flex flex-col gap-y-3" dir="rtl">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h1">{labels.nav}</Heading>
          <Select value={ownerType} onValueChange={setOwnerType}>
            <Select.Trigger className="w-48">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>همه (All)</Select.Item>
              {Object.entries(labels.ownerTypes).map(([value, label]) => (
                <Select.Item key={value} value={value}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {isLoading && <Text className="px-6 py-4">{labels.loading}</Text>}
        {data && !data.wallets.length && <Text className="px-6 py-4">{labels.empty}</Text>}
        {!!data?.wallets.length && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{labels.owner}</Table.HeaderCell>
                <Table.HeaderCell>{labels.balance}</Table.HeaderCell>
                <Table.HeaderCell>{labels.held}</Table.HeaderCell>
                <Table.HeaderCell>{labels.available}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.wallets.map((wallet) => (
                <Table.Row key={wallet.id} className="cursor-pointer" onClick={() => setSelected(wallet)}>
                  <Table.Cell>
                    <Badge size="2xsmall">{labels.ownerTypes[wallet.owner_type] ?? wallet.owner_type}</Badge>{" "}
                    {wallet.owner_id}
                  </Table.Cell>
                  <Table.Cell>{formatRial(wallet.balance)}</Table.Cell>
                  <Table.Cell>{formatRial(wallet.held)}</Table.Cell>
                  <Table.Cell>{formatRial(wallet.available)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      {selected && <WalletPanel key={selected.id} ownerType={selected.owner_type} ownerId={selected.owner_id} />}
    </div>
  )
}

export const config = defineRouteConfig({ label: labels.nav, icon: CreditCard })

export default WalletsPage
