/**
 * Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits, and the separators Iranian
 * keyboards produce. Admins type all of them as often as Latin ones; the API only takes Latin digits.
 */
const PERSIAN_ZERO = 0x06f0
const ARABIC_ZERO = 0x0660

export function toLatinDigits(text: string): string {
  return text
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - PERSIAN_ZERO))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - ARABIC_ZERO))
}

export function toPersianDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(PERSIAN_ZERO + Number(digit)))
}

/** Digits in the script of the admin's language: Persian for `fa`, Latin otherwise. */
export function localizeDigits(text: string, language: string): string {
  return isPersian(language) ? toPersianDigits(text) : text
}

export function isPersian(language: string | undefined): boolean {
  return !!language && language.toLowerCase().startsWith("fa")
}

/**
 * What an amount field keeps of the user's typing: whole-number digits only, in Latin script.
 * Thousands separators of any script ("12,000", "۱۲٬۰۰۰", "12 000") are dropped; anything else
 * that is not a digit is dropped too, so a pasted "۱۲٬۰۰۰ ریال" becomes "12000".
 */
export function normalizeWholeNumber(text: string): string {
  return toLatinDigits(text).replace(/[^0-9]/g, "").replace(/^0+(?=\d)/, "")
}

/**
 * A decimal such as a commission percentage: Latin digits and at most one "." (the Persian decimal
 * separator "٫" and a comma typed as a decimal point become "."). Returns "" when nothing is left.
 */
export function normalizeDecimal(text: string): string {
  const latin = toLatinDigits(text).replace(/[\u066B\u060C,/]/g, ".").replace(/[^0-9.]/g, "")
  const [whole, ...fraction] = latin.split(".")
  return fraction.length ? `${whole || "0"}.${fraction.join("")}` : whole
}

/** A whole number typed in any script, or null when the text holds no digit. */
export function parseWholeNumber(text: string): number | null {
  const digits = normalizeWholeNumber(text)
  return digits ? Number(digits) : null
}
