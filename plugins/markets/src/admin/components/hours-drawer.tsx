import { Button, Drawer, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useUpdateMarket, type AdminMarket } from "../lib/markets"
import { DAYS, DEFAULT_INTERVAL, isValidHours, toHoursDraft, type Day } from "../lib/opening-hours"

type Props = { market: AdminMarket; open: boolean; onOpenChange: (open: boolean) => void }

/** A week of opening hours, Saturday first; a day may have several intervals (a midday break). */
export const HoursDrawer = ({ market, open, onOpenChange }: Props) => {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(() => toHoursDraft(market.opening_hours))
  useEffect(() => {
    if (open) setDraft(toHoursDraft(market.opening_hours))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
  const update = useUpdateMarket(market.id)
  const valid = isValidHours(draft)
  const setDay = (day: Day, intervals: typeof draft[Day]) => setDraft((current) => ({ ...current, [day]: intervals }))
  const save = () =>
    update.mutate(
      { opening_hours: draft },
      {
        onSuccess: () => {
          toast.success(t("asoudMarkets.saved"))
          onOpenChange(false)
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("asoudMarkets.editTitle", { section: t("asoudMarkets.sections.hours") })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {DAYS.map((day) => {
            const intervals = draft[day]
            const isOpen = intervals.length > 0
            return (
              <div key={day} className="flex flex-col gap-y-2" data-day={day}>
                <div className="flex items-center justify-between">
                  <Label weight="plus">{t(`asoudMarkets.hours.days.${day}`)}</Label>
                  <div className="flex items-center gap-x-2">
                    <Text size="small" className="text-ui-fg-subtle">
                      {isOpen ? t("asoudMarkets.hours.open") : t("asoudMarkets.hours.closed")}
                    </Text>
                    <Switch
                      aria-label={t(`asoudMarkets.hours.days.${day}`)}
                      checked={isOpen}
                      onCheckedChange={(checked) => setDay(day, checked ? [{ ...DEFAULT_INTERVAL }] : [])}
                    />
                  </div>
                </div>
                {intervals.map((interval, index) => (
                  <div key={index} className="flex items-center gap-x-2">
                    <Input
                      type="time"
                      dir="ltr"
                      aria-label={t("asoudMarkets.hours.open")}
                      value={interval.open}
                      onChange={(e) => setDay(day, intervals.map((x, i) => (i === index ? { ...x, open: e.target.value } : x)))}
                    />
                    <Input
                      type="time"
                      dir="ltr"
                      aria-label={t("asoudMarkets.hours.close")}
                      value={interval.close}
                      onChange={(e) => setDay(day, intervals.map((x, i) => (i === index ? { ...x, close: e.target.value } : x)))}
                    />
                    <Button
                      size="small"
                      variant="transparent"
                      aria-label={t("asoudKit.common.remove")}
                      onClick={() => setDay(day, intervals.filter((_, i) => i !== index))}
                    >
                      <Trash />
                    </Button>
                  </div>
                ))}
                {isOpen && (
                  <Button
                    size="small"
                    variant="secondary"
                    className="self-start"
                    onClick={() => setDay(day, [...intervals, { open: "16:00", close: "20:00" }])}
                  >
                    {t("asoudMarkets.hours.addInterval")}
                  </Button>
                )}
              </div>
            )
          })}
          {!valid && <Text className="text-ui-fg-error">{t("asoudMarkets.hours.invalid")}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("asoudKit.common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={update.isPending} disabled={!valid} onClick={save}>
            {t("asoudKit.common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
