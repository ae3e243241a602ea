import { Button, Container, Heading, Input, Label, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { toLatinDigits } from "@asoud/admin-kit"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

export const TestSend = () => {
  const { t } = useTranslation()
  const [to, setTo] = useState("")
  const [text, setText] = useState("")
  const queryClient = useQueryClient()
  const send = useMutation({
    mutationFn: () => sdk.client.fetch("/admin/sms/send-test", { method: "POST", body: { to, text } }),
    onSuccess: () => {
      toast.success(t("asoudSms.test.sent"))
      queryClient.invalidateQueries({ queryKey: ["asoud-sms-messages"] })
    },
    onError: (error) => toast.error((error as Error).message),
  })
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("asoudSms.test.title")}</Heading>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sms-test-to">{t("asoudSms.test.phone")}</Label>
        <Input id="sms-test-to" dir="ltr" placeholder="09121234567" value={to} onChange={(e) => setTo(toLatinDigits(e.target.value))} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sms-test-text">{t("asoudSms.test.text")}</Label>
        <Textarea id="sms-test-text" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <Button size="small" className="self-start" isLoading={send.isPending} disabled={!to || !text} onClick={() => send.mutate()}>
        {t("asoudSms.test.send")}
      </Button>
    </Container>
  )
}
