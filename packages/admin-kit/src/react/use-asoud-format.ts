import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { isPersian, localizeDigits } from "../digits"
import { formatDate, type DateLike } from "../dates"
import { formatMoney, formatNumber, formatPercent, type AmountLike, type MoneyUnit } from "../money"
import { useMoneyUnit } from "./money-unit"

/** The admin's language as Medusa's dashboard set it (`en`, `fa`, …). */
export function useAdminLanguage(): string {
  const { i18n } = useTranslation()
  return i18n.resolvedLanguage || i18n.language || "en"
}

/**
 * Formatters in the admin's language: money in the chosen unit (IRR or Toman), Jalali dates for
 * Persian, the language's digits everywhere.
 */
export function useAsoudFormat() {
  const { t } = useTranslation()
  const language = useAdminLanguage()
  const [unit, setUnit] = useMoneyUnit()
  return useMemo(
    () => ({
      language,
      isPersian: isPersian(language),
      unit,
      setUnit,
      money: (amount: AmountLike, displayUnit: MoneyUnit = unit) =>
        formatMoney(amount, { language, unit: displayUnit, unitLabel: t(`asoudKit.units.${displayUnit}`) }),
      date: (value: DateLike) => formatDate(value, language, { time: false }),
      dateTime: (value: DateLike) => formatDate(value, language),
      number: (value: AmountLike) => formatNumber(value, language),
      percent: (value: AmountLike) => formatPercent(value, language),
      digits: (text: string) => localizeDigits(text, language),
    }),
    [language, unit, setUnit, t]
  )
}
