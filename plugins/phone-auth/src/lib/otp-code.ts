import { createHmac, randomInt, timingSafeEqual } from "node:crypto"

/** A uniformly random numeric code from the OS CSPRNG (never Math.random). */
export function generateOtpCode(length = 6): string {
  return String(randomInt(0, 10 ** length)).padStart(length, "0")
}

/** Codes are stored as an HMAC keyed by a server secret and bound to the number. */
export function hashOtpCode(secret: string, phone: string, code: string): string {
  return createHmac("sha256", secret).update(`${phone}:${code}`).digest("hex")
}

export function otpCodeMatches(secret: string, phone: string, code: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashOtpCode(secret, phone, code), "hex")
  const stored = Buffer.from(storedHash, "hex")
  return candidate.length === stored.length && timingSafeEqual(candidate, stored)
}
