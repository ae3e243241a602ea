import { format as formatJalali } from "date-fns-jalali"
import { faIR } from "date-fns-jalali/locale"
import { isPersian, toPersianDigits } from "./digits"

export type DateLike = string | number | Date | null | undefined

function toDate(value: DateLike): Date | null {
  if (value === null || value === undefined || value === "") {
    return null
  }
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * A date (and time) as the admin reads it: the Jalali calendar with Persian month names and digits
 * for `fa` (`۱۱ آذر ۱۴۰۵، ۱۴:۳۰`), the language's Gregorian format otherwise (`2 Dec 2026, 14:30`).
 * Times are shown in the browser's time zone. An empty or invalid value gives "—".
 */
export function formatDate(value: DateLike, language: string, options: { time?: boolean } = {}): string {
  const date = toDate(value)
  if (!date) {
    return "—"
  }
  const withTime = options.time ?? true
  if (isPersian(language)) {
    return toPersianDigits(formatJalali(date, withTime ? "d MMMM yyyy، HH:mm" : "d MMMM yyyy", { locale: faIR }))
  }
  return new Intl.DateTimeFormat(language.replace(/([a-z])([A-Z])/, "$1-$2") || "en", {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short", hourCycle: "h23" } : {}),
  }).format(date)
}
