/** Opening hours as the markets plugin stores them (free-form JSON): `{ sat: "09:00-21:00", … }`. */
const DAYS: Array<[string, string]> = [
  ["sat", "شنبه"],
  ["sun", "یکشنبه"],
  ["mon", "دوشنبه"],
  ["tue", "سه‌شنبه"],
  ["wed", "چهارشنبه"],
  ["thu", "پنجشنبه"],
  ["fri", "جمعه"],
]

const toPersianDigits = (value: string) => value.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)])

function describe(value: unknown): string | undefined {
  if (value === null || value === undefined || value === false) return "تعطیل"
  if (typeof value === "string") return toPersianDigits(value.replace("-", " تا "))
  if (Array.isArray(value)) return value.map(describe).filter(Boolean).join("، ")
  if (typeof value === "object") {
    const { open, close } = value as { open?: string; close?: string }
    if (open && close) return toPersianDigits(`${open} تا ${close}`)
  }
  return undefined
}

/** Rows of [day, hours] in the Iranian week order, for whatever days the market filled in. */
export function openingHoursRows(hours: Record<string, unknown> | null | undefined): Array<[string, string]> {
  if (!hours) return []
  const rows: Array<[string, string]> = []
  for (const [key, label] of DAYS) {
    if (key in hours) {
      const text = describe(hours[key])
      if (text) rows.push([label, text])
    }
  }
  return rows
}
