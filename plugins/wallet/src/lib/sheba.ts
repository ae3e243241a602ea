// ibantools ships CommonJS for `require`, but its types sit in an ESM package, which TypeScript
// refuses to `import` from CommonJS output; the runtime module is the same either way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { electronicFormatIBAN, validateIBAN, ValidationErrorsIBAN } = require("ibantools") as typeof import("ibantools", { with: { "resolution-mode": "require" } })

export type ShebaCheck = { valid: true; iban: string } | { valid: false; reason: string }

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
const ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"

function toLatinDigits(value: string): string {
  return value.replace(/[۰-۹٠-٩]/g, (digit) => {
    const persian = PERSIAN_DIGITS.indexOf(digit)
    return String(persian >= 0 ? persian : ARABIC_DIGITS.indexOf(digit))
  })
}

/**
 * A Sheba number is an Iranian IBAN: `IR` + 2 check digits + 22 digits, checked with mod-97.
 * Accepts what people paste: spaces, dashes, lower case, Persian digits, a missing `IR`.
 */
export function checkSheba(input: string): ShebaCheck {
  let candidate = electronicFormatIBAN(toLatinDigits(input).replace(/-/g, "")) ?? ""
  if (/^\d{24}$/.test(candidate)) {
    candidate = `IR${candidate}`
  }
  if (!/^IR\d{24}$/.test(candidate)) {
    return { valid: false, reason: "A Sheba number is IR followed by 24 digits" }
  }
  const result = validateIBAN(candidate)
  if (!result.valid) {
    const checksum = result.errorCodes.includes(ValidationErrorsIBAN.WrongIBANChecksum)
    return { valid: false, reason: checksum ? "The Sheba number's check digits are wrong" : "The Sheba number is not valid" }
  }
  return { valid: true, iban: candidate }
}
