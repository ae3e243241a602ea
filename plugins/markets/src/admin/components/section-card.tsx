import { useAsoudFormat } from "@asoud/admin-kit/react"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { AdminMarket } from "../lib/markets"
import { SECTIONS, type ProfileField, type SectionId } from "../lib/profile-fields"

type Props = {
  market: AdminMarket
  section: SectionId
  canEdit: boolean
  onEdit: () => void
}

function FieldValue({ market, field }: { market: AdminMarket; field: ProfileField }): ReactNode {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const source = (field.theme ? market.theme ?? {} : market) as Record<string, unknown>
  const value = source[field.name]
  if (value === null || value === undefined || value === "") {
    return <Text size="small" className="text-ui-fg-muted">{t("asoudKit.common.none")}</Text>
  }
  switch (field.kind) {
    case "type":
      return <Text size="small">{t(`asoudMarkets.type.${String(value)}`)}</Text>
    case "percent":
      return <Text size="small">{format.percent(value as number)}</Text>
    case "decimal":
      return <Text size="small">{format.digits(String(value))}</Text>
    case "color":
      return (
        <span className="flex items-center gap-x-2">
          <span className="inline-block h-4 w-4 rounded border" style={{ backgroundColor: String(value) }} />
          <Text size="small" dir="ltr">{String(value)}</Text>
        </span>
      )
    default:
      return (
        <Text size="small" dir={field.ltr ? "ltr" : undefined} className="break-words text-start">
          {String(value)}
        </Text>
      )
  }
}

/** One section of a market's profile, read-only, with an Edit button for those allowed. */
export const SectionCard = ({ market, section, canEdit, onEdit }: Props) => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0" data-section={section}>
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t(`asoudMarkets.sections.${section}`)}</Heading>
        {canEdit && (
          <Button size="small" variant="secondary" onClick={onEdit}>
            {t("asoudKit.common.edit")}
          </Button>
        )}
      </div>
      {SECTIONS[section].map((field) => (
        <div key={field.name} className="grid grid-cols-2 items-center gap-x-4 px-6 py-3">
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            {t(`asoudMarkets.fields.${field.name}`)}
          </Text>
          <FieldValue market={market} field={field} />
        </div>
      ))}
    </Container>
  )
}
