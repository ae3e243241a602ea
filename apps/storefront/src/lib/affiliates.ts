import { cookies } from "next/headers"
import { getSdk } from "./sdk"
import { AFFILIATE_CODE, INVITE_CODE, INVITE_COOKIE, REF_COOKIE, REF_TOKEN_COOKIE } from "./attribution"

/** The code of the affiliate link the shopper arrived through (kept by `proxy.ts` once the click was recorded). */
export async function landingAffiliateCode(): Promise<string | undefined> {
  const value = (await cookies()).get(REF_COOKIE)?.value
  return value && AFFILIATE_CODE.test(value) ? value : undefined
}

/** The customer referral code of an invite link (`?invite=`) the shopper arrived through. */
export async function inviteCode(): Promise<string | undefined> {
  const value = (await cookies()).get(INVITE_COOKIE)?.value
  return value && INVITE_CODE.test(value) ? value : undefined
}

/**
 * Carries the shopper's attribution onto the cart (server actions only: it may clear a cookie): the
 * click's token through `POST /store/carts/:id/affiliate`, unless the cart has it already, and an
 * invite's referral code as `metadata.referral_code` (the platform applies it to a new customer's
 * first order). A token the platform no longer knows is dropped; nothing here stands in the way of paying.
 */
export async function attachAttribution(cartId: string, metadata: Record<string, unknown> | null | undefined): Promise<void> {
  const jar = await cookies()
  const sdk = await getSdk()
  let current = metadata ?? {}
  const token = jar.get(REF_TOKEN_COOKIE)?.value
  if (token && current.affiliate_token !== token) {
    try {
      current = (await sdk.asoud.store.affiliates.setCartAffiliate(cartId, { token })).cart.metadata
    } catch (error) {
      // A 400 is a token the platform does not know (its database was reset); anything else may pass.
      if ((error as { status?: number }).status === 400) {
        jar.delete(REF_TOKEN_COOKIE)
        jar.delete(REF_COOKIE)
      }
    }
  }
  const invite = await inviteCode()
  if (invite && !current.referral_code) {
    // Medusa replaces a cart's metadata as a whole: send what it already holds too.
    await sdk.store.cart.update(cartId, { metadata: { ...current, referral_code: invite } }, { fields: "id" }).catch(() => undefined)
  }
}
