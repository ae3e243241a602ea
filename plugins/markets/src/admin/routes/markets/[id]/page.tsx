import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { statusColor, t, useMarket, useMarketMembers, useMarketsMe, useSetMarketStatus } from "../../../lib/markets"

const ACTIONS: Record<string, ("approve" | "suspend" | "close")[]> = {
  pending: ["approve", "close"],
  active: ["suspend", "close"],
  suspended: ["approve", "close"],
  closed: [],
}

const MarketDetailPage = () => {
  const { id } = useParams()
  const { data } = useMarket(id!)
  const { data: members } = useMarketMembers(id!)
  const { data: me } = useMarketsMe()
  const setStatus = useSetMarketStatus(id!)
  const market = data?.market
  if (!market) {
    return <Container><Text>…</Text></Container>
  }
  const run = (action: "approve" | "suspend" | "close") =>
    setStatus.mutate(action, {
      onSuccess: () => toast.success(t[action]),
      onError: (error) => toast.error(error.message),
    })

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-3">
        <div className="flex items-center justify-between">
          <div className="flex items-center gap-2">
            <Heading level="h1">{market.name}</Heading>
            <Badge color={statusColor(market.status)}>{t.status[market.status]}</Badge>
          </div>
          {me?.is_platform_admin && (
            <div className="flex gap-2">
              {ACTIONS[market.status].map((action) => (
                <Button key={action} size="small" variant={action === "approve" ? "primary" : "secondary"} isLoading={setStatus.isPending} onClick={() => run(action)}>
                  {t[action]}
                </Button>
              ))}
            </div>
          )}
        </div>
        <Text size="small" className="text-ui-fg-subtle">{market.description}</Text>
        <div className="grid grid-cols-2 gap-2 text-sm">
          <Text>Handle: {market.handle}</Text>
          <Text>{market.province} / {market.city}</Text>
          <Text>{t.commission}: {market.commission_rate}%</Text>
          <Text>{market.custom_domain ?? market.subdomain ?? "-"}</Text>
          <Text>{market.phone ?? "-"}</Text>
          <Text>{market.instagram ? `@${market.instagram}` : "-"}</Text>
        </div>
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">{t.members}</Heading>
        <Table>
          <Table.Body>
            {(members?.members ?? []).map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{member.user?.email}</Table.Cell>
                <Table.Cell>{[member.user?.first_name, member.user?.last_name].filter(Boolean).join(" ")}</Table.Cell>
                <Table.Cell><Badge>{t.role[member.role]}</Badge></Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default MarketDetailPage
