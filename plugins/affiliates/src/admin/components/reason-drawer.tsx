import { Button, Drawer, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

type Props = {
  /** The drawer's title; null keeps it closed. */
  title: string | null
  hint?: string
  submitLabel: string
  isPending: boolean
  onClose: () => void
  onSubmit: (reason: string) => void
}

/** Asks for the reason of a refusal (rejection, suspension) that the affiliate will read. */
export const ReasonDrawer = ({ title, hint, submitLabel, isPending, onClose, onSubmit }: Props) => {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  useEffect(() => setReason(""), [title])
  return (
    <Drawer open={!!title} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <form
          className="flex flex-1 flex-col"
          onSubmit={(event) => {
            event.preventDefault()
            if (reason.trim()) onSubmit(reason.trim())
          }}
        >
          <Drawer.Body className="flex flex-col gap-y-4">
            {hint && (
              <Text size="small" className="text-ui-fg-subtle">
                {hint}
              </Text>
            )}
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="affiliates-reason" size="small" weight="plus">
                {t("asoudAffiliates.reason")}
              </Label>
              <Input id="affiliates-reason" name="reason" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("asoudKit.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" variant="danger" isLoading={isPending} disabled={!reason.trim()}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
