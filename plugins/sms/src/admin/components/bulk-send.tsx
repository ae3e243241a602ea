import { Button, Container, Heading, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useAsoudFormat } from "@asoud/admin-kit/react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"
import type { SmsBulkSend } from "../lib/types"


export const BulkSend = () => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const [groupId, setGroupId] = useState("")
  const [text, setText] = useState("")
  const [bulkId, setBulkId] = useState<string>()
  const groups = useQuery({
    queryKey: ["asoud-sms-groups"],
    queryFn: () => sdk.admin.customerGroup.list({ limit: 100, fields: "id,name" }),
  })
  const progress = useQuery({
    queryKey: ["asoud-sms-bulk", bulkId],
    enabled: !!bulkId,
    queryFn: () => sdk.client.fetch<{ bulk_send: SmsBulkSend }>(`/admin/sms/bulk-sends/${bulkId}`),
    refetchInterval: (query) => (["completed", "failed"].includes(query.state.data?.bulk_send.status ?? "") ? false : 1000),
  })
  const start = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ bulk_send: SmsBulkSend }>("/admin/sms/bulk-sends", { method: "POST", body: { customer_group_id: groupId, text } }),
    onSuccess: (data) => setBulkId(data.bulk_send.id),
    onError: (error) => toast.error((error as Error).message),
  })
  const bulk = progress.data?.bulk_send
  const done = bulk ? bulk.sent + bulk.failed + bulk.skipped : 0
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("asoudSms.bulk.title")}</Heading>
      <div className="flex flex-col gap-y-1">
        <Label>{t("asoudSms.bulk.group")}</Label>
        <Select value={groupId} onValueChange={setGroupId}>
          <Select.Trigger>
            <Select.Value placeholder={t("asoudSms.bulk.chooseGroup")} />
          </Select.Trigger>
          <Select.Content>
            {(groups.data?.customer_groups ?? []).map((group) => (
              <Select.Item key={group.id} value={group.id}>
                {group.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sms-bulk-text">{t("asoudSms.bulk.text")}</Label>
        <Textarea id="sms-bulk-text" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <Button size="small" className="self-start" isLoading={start.isPending} disabled={!groupId || !text} onClick={() => start.mutate()}>
        {t("asoudSms.bulk.start")}
      </Button>
      {bulk && (
        <div className="flex flex-col gap-y-1">
          <Text weight="plus">
            {t("asoudSms.bulk.progress")}: {t(`asoudSms.bulk.statuses.${bulk.status}`, { defaultValue: bulk.status })}
          </Text>
          <div className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded">
            <div className="bg-ui-fg-interactive h-2" style={{ width: `${bulk.total ? Math.round((done / bulk.total) * 100) : 100}%` }} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {t("asoudSms.bulk.counts", {
              done: format.number(done),
              total: format.number(bulk.total),
              sent: format.number(bulk.sent),
              failed: format.number(bulk.failed),
              skipped: format.number(bulk.skipped),
            })}
          </Text>
          {bulk.error && <Text className="text-ui-fg-error">{bulk.error}</Text>}
        </div>
      )}
    </Container>
  )
}
