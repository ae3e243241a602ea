import { cookies } from "next/headers"

/**
 * Seam for @asoud/affiliates (#11). `proxy.ts` keeps a landing `?ref=<code>` in this cookie; a new
 * cart carries it in its metadata. When the affiliates plugin lands, this is where the storefront
 * records the click (`POST /store/affiliates/track`) and carries the attribution token instead.
 */
export const REF_COOKIE = "asoud_ref"

export async function referralCode(): Promise<string | undefined> {
  const value = (await cookies()).get(REF_COOKIE)?.value
  return value && /^[\w-]{1,64}$/.test(value) ? value : undefined
}

/** Metadata a new cart starts with: the referral code the shopper arrived with, if any. */
export async function cartAttributionMetadata(): Promise<Record<string, string>> {
  const code = await referralCode()
  return code ? { affiliate_code: code } : {}
}
