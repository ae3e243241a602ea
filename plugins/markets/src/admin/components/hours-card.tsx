import { useAsoudFormat } from "@asoud/admin-kit/react"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AdminMarket } from "../lib/markets"
import { DAYS } from "../lib/opening-hours"

type Props = { market: AdminMarket; canEdit: boolean; onEdit: () => void }

/** The week's opening hours at a glance. */
export const HoursCard = ({ market, canEdit, onEdit }: Props) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const hours = market.opening_hours
  return (
    <Container className="divide-y p-0" data-section="hours">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("asoudMarkets.sections.hours")}</Heading>
        {canEdit && (
          <Button size="small" variant="secondary" onClick={onEdit}>
            {t("asoudKit.common.edit")}
          </Button>
        )}
      </div>
      {!hours ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-3">{t("asoudMarkets.hours.notSet")}</Text>
      ) : (
        DAYS.map((day) => (
          <div key={day} className="grid grid-cols-2 gap-x-4 px-6 py-2">
            <Text size="small" weight="plus" className="text-ui-fg-subtle">{t(`asoudMarkets.hours.days.${day}`)}</Text>
            <Text size="small">
              {hours[day]?.length
                ? hours[day]!.map((interval) => format.digits(`${interval.open}–${interval.close}`)).join(format.isPersian ? "، " : ", ")
                : t("asoudMarkets.hours.closed")}
            </Text>
          </div>
        ))
      )}
    </Container>
  )
}
