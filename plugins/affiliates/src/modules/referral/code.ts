import { randomInt } from "node:crypto"

/** No 0/O or 1/I/L: a code read aloud or typed from a screenshot still matches. */
export const REFERRAL_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
export const REFERRAL_CODE_LENGTH = 8

/** A fresh random code (crypto-random; ~40 bits). */
export function generateReferralCode(length = REFERRAL_CODE_LENGTH): string {
  let code = ""
  for (let i = 0; i < length; i++) {
    code += REFERRAL_CODE_ALPHABET[randomInt(REFERRAL_CODE_ALPHABET.length)]
  }
  return code
}

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
const ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"

/** How codes are stored and compared: trimmed, inner spaces and dashes dropped, Latin digits, upper-case. */
export function normalizeReferralCode(input: string): string {
  return input
    .trim()
    .replace(/[\s-]+/g, "")
    .replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d)))
    .replace(/[٠-٩]/g, (d) => String(ARABIC_DIGITS.indexOf(d)))
    .toUpperCase()
}
