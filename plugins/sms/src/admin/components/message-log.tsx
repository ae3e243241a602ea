import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { labels } from "../lib/labels"
import { sdk } from "../lib/sdk"
import type { SmsMessage } from "../lib/types"

const colors = { sent: "green", failed: "red", rate_limited: "orange" } as const

export const MessageLog = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["asoud-sms-messages"],
    queryFn: () => sdk.client.fetch<{ messages: SmsMessage[]; count: number }>("/admin/sms/messages", { query: { limit: 50 } }),
    refetchInterval: 10_000,
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{labels.logTitle}</Heading>
      </div>
      {isLoading && <Text className="px-6 py-4">{labels.loading}</Text>}
      {error && <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>}
      {data && !data.messages.length && <Text className="px-6 py-4">{labels.empty}</Text>}
      {data && data.messages.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{labels.to}</Table.HeaderCell>
              <Table.HeaderCell>{labels.template}</Table.HeaderCell>
              <Table.HeaderCell>{labels.provider}</Table.HeaderCell>
              <Table.HeaderCell>{labels.status}</Table.HeaderCell>
              <Table.HeaderCell>{labels.error}</Table.HeaderCell>
              <Table.HeaderCell>{labels.at}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.messages.map((message) => (
              <Table.Row key={message.id}>
                <Table.Cell dir="ltr">{message.to}</Table.Cell>
                <Table.Cell>{message.template}</Table.Cell>
                <Table.Cell>{message.provider ?? "—"}</Table.Cell>
                <Table.Cell>
                  <Badge color={colors[message.status]}>{labels.statuses[message.status] ?? message.status}</Badge>
                </Table.Cell>
                <Table.Cell className="max-w-xs truncate" title={message.error ?? ""}>{message.error ?? ""}</Table.Cell>
                <Table.Cell>{new Date(message.created_at).toLocaleString("fa-IR")}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
