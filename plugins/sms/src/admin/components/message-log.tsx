import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useAsoudFormat } from "@asoud/admin-kit/react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"
import type { SmsMessage } from "../lib/types"

const colors = { sent: "green", failed: "red", rate_limited: "orange" } as const

export const MessageLog = () => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const { data, isLoading, error } = useQuery({
    queryKey: ["asoud-sms-messages"],
    queryFn: () => sdk.client.fetch<{ messages: SmsMessage[]; count: number }>("/admin/sms/messages", { query: { limit: 50 } }),
    refetchInterval: 10_000,
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("asoudSms.log.title")}</Heading>
      </div>
      {isLoading && <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>}
      {error && <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>}
      {data && !data.messages.length && <Text className="px-6 py-4">{t("asoudSms.log.empty")}</Text>}
      {data && data.messages.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="text-start">{t("asoudSms.log.to")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudSms.log.template")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudSms.log.provider")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudSms.log.status")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudSms.log.error")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudSms.log.at")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.messages.map((message) => (
              <Table.Row key={message.id}>
                <Table.Cell dir="ltr" className="text-start">{message.to}</Table.Cell>
                <Table.Cell>{message.template}</Table.Cell>
                <Table.Cell>{message.provider ? t(`asoudSms.providers.${message.provider}`, { defaultValue: message.provider }) : t("asoudKit.common.none")}</Table.Cell>
                <Table.Cell>
                  <Badge color={colors[message.status]}>{t(`asoudSms.log.statuses.${message.status}`, { defaultValue: message.status })}</Badge>
                </Table.Cell>
                <Table.Cell className="max-w-xs truncate" title={message.error ?? ""}>{message.error ?? ""}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{format.dateTime(message.created_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
