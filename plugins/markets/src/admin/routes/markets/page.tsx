import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { statusColor, t, useMarkets } from "../../lib/markets"

const MarketsPage = () => {
  const [q, setQ] = useState("")
  const [status, setStatus] = useState<string>("all")
  const { data, isLoading } = useMarkets({ q: q || undefined, status: status === "all" ? undefined : status })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">{t.markets}</Heading>
        <div className="flex gap-2">
          <Input size="small" placeholder="Search · جستجو" value={q} onChange={(e) => setQ(e.target.value)} />
          <Select size="small" value={status} onValueChange={setStatus}>
            <Select.Trigger><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All · همه</Select.Item>
              {Object.entries(t.status).map(([value, label]) => (
                <Select.Item key={value} value={value}>{label}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">…</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name · نام</Table.HeaderCell>
              <Table.HeaderCell>Handle</Table.HeaderCell>
              <Table.HeaderCell>City · شهر</Table.HeaderCell>
              <Table.HeaderCell>Status · وضعیت</Table.HeaderCell>
              <Table.HeaderCell>{t.commission}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.markets ?? []).map((market) => (
              <Table.Row key={market.id}>
                <Table.Cell><Link to={`/markets/${market.id}`}>{market.name}</Link></Table.Cell>
                <Table.Cell>{market.handle}</Table.Cell>
                <Table.Cell>{market.city ?? "-"}</Table.Cell>
                <Table.Cell><Badge color={statusColor(market.status)}>{t.status[market.status]}</Badge></Table.Cell>
                <Table.Cell>{market.commission_rate}%</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Markets · بازارچه‌ها", icon: BuildingStorefront })

export default MarketsPage
