import { createHash } from "node:crypto"

/** A salted SHA-256 of an identifier (IP, user agent, card): comparable, never reversible. */
export function hashIdentifier(value: string | undefined | null, salt: string): string | null {
  if (!value) {
    return null
  }
  return createHash("sha256").update(`${salt}:${value}`).digest("hex")
}

/** Codes are case-insensitive: one stored form. */
export function normalizeCode(code: string): string {
  return code.trim().toLowerCase()
}
