/**
 * Iranian mobile numbers. Every input form a person or a provider uses is reduced to one canonical
 * form, `09xxxxxxxxx`, before it is stored, compared or rate-limited, so `+98 912…`, `0912…` and
 * `۰۹۱۲…` are one person.
 */
export type PhoneFormat = "local" | "international" | "e164" | "national"

const PERSIAN_ZERO = 0x06f0
const ARABIC_INDIC_ZERO = 0x0660
/** Spaces, dashes, dots, parentheses, zero-width (non-)joiners, LRM/RLM and the no-break space. */
const SEPARATORS = /[\s\-–—.()\u200b-\u200f\u00a0\u202a-\u202e]/g
// People often keep the trunk 0 after the country code (`+98 0912…`), so it is accepted there too.
const MOBILE = /^(?:\+98|0098|98)?0?(9\d{9})$/

export class InvalidPhoneNumberError extends Error {
  readonly input: string
  constructor(input: string) {
    super(
      `"${input}" is not an Iranian mobile number. Use 11 digits starting with 09, e.g. 09121234567.`
    )
    this.name = "InvalidPhoneNumberError"
    this.input = input
  }
}

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII. */
export function toAsciiDigits(value: string): string {
  return value.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0)
    const base = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO
    return String(code - base)
  })
}

/** The ten significant digits (`9xxxxxxxxx`), or undefined when the input is no Iranian mobile. */
function significantDigits(input: string): string | undefined {
  const compact = toAsciiDigits(input).replace(SEPARATORS, "")
  return MOBILE.exec(compact)?.[1]
}

export function isIranianMobile(input: unknown): boolean {
  return typeof input === "string" && significantDigits(input) !== undefined
}

/** Canonical `09xxxxxxxxx`; throws InvalidPhoneNumberError with a message a storefront can show. */
export function normalizeIranianMobile(input: unknown): string {
  const digits = typeof input === "string" ? significantDigits(input) : undefined
  if (!digits) {
    throw new InvalidPhoneNumberError(String(input ?? ""))
  }
  return `0${digits}`
}

/**
 * The number in the form a provider expects:
 * local `09121234567` (Kavenegar, SMS.ir), international `989121234567` (Mellat),
 * e164 `+989121234567` (IPPanel), national `9121234567` (Saman).
 */
export function formatIranianMobile(input: string, format: PhoneFormat = "local"): string {
  const digits = normalizeIranianMobile(input).slice(1)
  switch (format) {
    case "local":
      return `0${digits}`
    case "international":
      return `98${digits}`
    case "e164":
      return `+98${digits}`
    case "national":
      return digits
  }
}

/** `0912***4567`, for logs and admin lists that should not show whole numbers. */
export function maskIranianMobile(input: string): string {
  const local = normalizeIranianMobile(input)
  return `${local.slice(0, 4)}***${local.slice(7)}`
}
