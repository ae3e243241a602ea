/**
 * Persian display at the edges: amounts are IRR (whole rials) everywhere in the platform; shoppers read
 * Toman (1 Toman = 10 rials) in Persian digits, with the exact rial amount where money is decided.
 */
const digits = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 0 })
const tomanDigits = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 1 })
const dateLong = new Intl.DateTimeFormat("fa-IR", { dateStyle: "long" })
const dateTime = new Intl.DateTimeFormat("fa-IR", { dateStyle: "medium", timeStyle: "short" })

type Amount = number | string | null | undefined

function toNumber(value: Amount): number | undefined {
  if (value === null || value === undefined || value === "") return undefined
  const n = typeof value === "number" ? value : Number(value)
  return Number.isFinite(n) ? n : undefined
}

/** 1234 → "۱٬۲۳۴" */
export function faNumber(value: Amount): string {
  const n = toNumber(value)
  return n === undefined ? "—" : digits.format(n)
}

/** Rials as Toman: 1,250,000 IRR → "۱۲۵٬۰۰۰ تومان" (a rial remainder shows as one decimal). */
export function toman(irr: Amount): string {
  const n = toNumber(irr)
  return n === undefined ? "—" : `${tomanDigits.format(n / 10)} تومان`
}

/** "۱٬۲۵۰٬۰۰۰ ریال" */
export function rial(irr: Amount): string {
  const n = toNumber(irr)
  return n === undefined ? "—" : `${digits.format(n)} ریال`
}

/** Jalali date: "۱۱ آذر ۱۴۰۵" */
export function jalaliDate(value: string | Date | null | undefined): string {
  if (!value) return "—"
  return dateLong.format(new Date(value))
}

/** Jalali date and time: "۱۱ آذر ۱۴۰۵، ۱۴:۳۰" */
export function jalaliDateTime(value: string | Date | null | undefined): string {
  if (!value) return "—"
  return dateTime.format(new Date(value))
}

/** Latin digits as Persian, nothing else touched (phone numbers, codes): "0912" → "۰۹۱۲" */
export function toPersianDigits(value: string): string {
  return value.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)])
}

/** Persian and Arabic-Indic digits to ASCII, so every numeric input accepts what a Persian keyboard types. */
export function toAsciiDigits(value: string): string {
  return value
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
}

/** "۱۲٬۵۰۰" or "12,500" → 12500; undefined when it is not a whole non-negative number. */
export function parseWholeNumber(value: FormDataEntryValue | null | undefined): number | undefined {
  if (typeof value !== "string") return undefined
  const cleaned = toAsciiDigits(value).replace(/[\s,٬،]/g, "")
  if (!/^\d+$/.test(cleaned)) return undefined
  return Number(cleaned)
}

/** Whole Toman typed by a shopper → rials for the API. */
export function tomanToRial(value: FormDataEntryValue | null | undefined): number | undefined {
  const n = parseWholeNumber(value)
  return n === undefined ? undefined : n * 10
}
