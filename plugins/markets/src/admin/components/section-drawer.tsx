import { Button, Drawer, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useUpdateMarket, type AdminMarket } from "../lib/markets"
import { SECTIONS, toFormValues, toRequestBody, type FormValues, type SectionId } from "../lib/profile-fields"
import { FieldInput } from "./field-input"

type Props = {
  market: AdminMarket
  section: SectionId
  isPlatformAdmin: boolean
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Edits one section of a market's profile; platform-only fields are read-only for market staff. */
export const SectionDrawer = ({ market, section, isPlatformAdmin, open, onOpenChange }: Props) => {
  const { t } = useTranslation()
  const fields = SECTIONS[section]
  const editable = fields.filter((field) => isPlatformAdmin || !field.platformOnly)
  const [values, setValues] = useState<FormValues>(() => toFormValues(market, fields))
  useEffect(() => {
    // only when it opens: a background refetch must not wipe what is being typed
    if (open) setValues(toFormValues(market, fields))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
  const update = useUpdateMarket(market.id)
  const save = () =>
    update.mutate(toRequestBody(values, editable, market), {
      onSuccess: () => {
        toast.success(t("asoudMarkets.saved"))
        onOpenChange(false)
      },
      onError: (error) => toast.error(error.message),
    })
  const sectionName = t(`asoudMarkets.sections.${section}`)

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("asoudMarkets.editTitle", { section: sectionName })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {fields.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={values[field.name] ?? ""}
              disabled={field.platformOnly && !isPlatformAdmin}
              hint={field.platformOnly && !isPlatformAdmin ? t("asoudMarkets.platformOnly") : undefined}
              onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
            />
          ))}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("asoudKit.common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={update.isPending} disabled={!editable.length} onClick={save}>
            {t("asoudKit.common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
