import { publicSdk } from "./scope"

/**
 * Cookies of `?ref=` attribution, shared by `proxy.ts` (which sets them on landing) and the server
 * actions (which carry them onto the cart). No `next/headers` here: the proxy cannot use it.
 */
export const REF_COOKIE = "asoud_ref"
export const REF_TOKEN_COOKIE = "asoud_ref_token"
export const INVITE_COOKIE = "asoud_invite"
/** The browser keeps them as long as the platform's default window; the platform decides what still counts. */
export const ATTRIBUTION_DAYS = 30

/** Affiliate codes are 3–32 latin letters, digits, `-` or `_` (the plugin's rule). */
export const AFFILIATE_CODE = /^[A-Za-z0-9_-]{3,32}$/
/** Customer referral codes: letters and digits, dashes and spaces forgiven (the plugin normalizes them). */
export const INVITE_CODE = /^[A-Za-z0-9-]{4,16}$/

export type LandingClick = { code: string; landingPath: string; previousToken?: string; ip?: string; userAgent?: string }

/**
 * Records a visit through an affiliate's link (`POST /store/affiliates/track`) and answers the
 * attribution token, or undefined when the code is unknown, disabled or its affiliate suspended (a
 * 404) or the platform is unreachable: a landing page never fails because of its `?ref=`. The
 * shopper's IP and user agent are forwarded, since the platform hashes them for its fraud rules.
 */
export async function trackLandingClick(click: LandingClick): Promise<string | undefined> {
  const headers: Record<string, string> = {}
  if (click.ip) headers["x-forwarded-for"] = click.ip
  if (click.userAgent) headers["user-agent"] = click.userAgent
  try {
    const { attribution } = await publicSdk().asoud.store.affiliates.track(
      { code: click.code, landing_path: click.landingPath.slice(0, 2000), ...(click.previousToken ? { token: click.previousToken } : {}) },
      headers
    )
    return attribution.token
  } catch {
    return undefined
  }
}
