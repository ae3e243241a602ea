import { isPersian, localizeDigits } from "./digits"

/** The platform stores IRR; Toman (IRT, ten rials) exists only on screen. */
export type MoneyUnit = "IRR" | "IRT"

/** What the API returns for an amount: a number, a decimal string, or a BigNumber's JSON. */
export type AmountLike = number | string | bigint | { value?: string | number; numeric?: number } | null | undefined

type Decimal = { negative: boolean; whole: string; fraction: string }

/** Reads an amount as exact decimal digits (never through a float division). */
export function toDecimal(amount: AmountLike): Decimal {
  let text: string
  if (amount === null || amount === undefined) {
    text = "0"
  } else if (typeof amount === "object") {
    text = String(amount.value ?? amount.numeric ?? 0)
  } else if (typeof amount === "number") {
    // Large integers print without an exponent; fractional IRR amounts do not occur in practice.
    text = Number.isInteger(amount) ? BigInt(amount).toString() : String(amount)
  } else {
    text = String(amount)
  }
  text = text.trim()
  const negative = text.startsWith("-")
  const [wholeRaw = "0", fractionRaw = ""] = text.replace(/^[-+]/, "").split(".")
  const whole = wholeRaw.replace(/^0+(?=\d)/, "") || "0"
  const fraction = fractionRaw.replace(/0+$/, "")
  return { negative: negative && (whole !== "0" || fraction !== ""), whole, fraction }
}

/** IRR → Toman: the decimal point moves one place left, exactly. */
export function rialToToman(amount: AmountLike): Decimal {
  const { negative, whole, fraction } = toDecimal(amount)
  const padded = whole.padStart(2, "0")
  return {
    negative,
    whole: padded.slice(0, -1).replace(/^0+(?=\d)/, "") || "0",
    fraction: (padded.slice(-1) + fraction).replace(/0+$/, ""),
  }
}

function numberLocale(language: string): string {
  return isPersian(language) ? "fa-IR" : language.replace(/([a-z])([A-Z])/, "$1-$2") || "en"
}

/** Groups the whole part and uses the language's own digits and separators. */
export function formatDecimal({ negative, whole, fraction }: Decimal, language: string): string {
  const locale = numberLocale(language)
  const grouped = new Intl.NumberFormat(locale, { useGrouping: true }).format(BigInt(whole))
  const separator =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? "."
  const body = fraction ? `${grouped}${separator}${localizeDigits(fraction, language)}` : grouped
  // U+2212 minus keeps its place beside the number in right-to-left text.
  return negative ? `\u2212${body}` : body
}

/** A plain count or quantity in the admin's digits. */
export function formatNumber(value: AmountLike, language: string): string {
  return formatDecimal(toDecimal(value), language)
}

/**
 * An IRR amount for the screen: `12,345,000 IRR` / `۱۲٬۳۴۵٬۰۰۰ ریال`, or in Toman
 * (`1,234,500 Toman` / `۱٬۲۳۴٬۵۰۰ تومان`). `unitLabel` is the translated unit name.
 */
export function formatMoney(amount: AmountLike, options: { language: string; unit: MoneyUnit; unitLabel: string }): string {
  const decimal = options.unit === "IRT" ? rialToToman(amount) : toDecimal(amount)
  return `${formatDecimal(decimal, options.language)}\u00A0${options.unitLabel}`
}

/** A percentage such as a commission rate: `7.5%` / `۷٫۵٪`. */
export function formatPercent(value: AmountLike, language: string): string {
  return `${formatDecimal(toDecimal(value), language)}${isPersian(language) ? "٪" : "%"}`
}
