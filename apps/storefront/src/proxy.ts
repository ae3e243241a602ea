import { NextResponse, type NextRequest } from "next/server"
import { readConfig } from "./lib/config"
import { AFFILIATE_CODE, ATTRIBUTION_DAYS, INVITE_CODE, INVITE_COOKIE, REF_COOKIE, REF_TOKEN_COOKIE, trackLandingClick } from "./lib/attribution"

const cookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: readConfig().publicUrl?.startsWith("https://") ?? false,
  path: "/",
  maxAge: ATTRIBUTION_DAYS * 24 * 3600,
})

/**
 * A landing through an affiliate's link (`?ref=<code>`) is recorded on the platform, and the token it
 * answers is kept in a cookie: the cart carries it at checkout (lib/affiliates.ts). The previous
 * token goes along, so a platform on first-touch attribution keeps the first click. An unknown or
 * disabled code leaves nothing behind. A customer's invite link (`?invite=<code>`) is kept as is.
 */
export async function proxy(request: NextRequest) {
  const { searchParams, pathname, search } = request.nextUrl
  const ref = searchParams.get("ref")
  const invite = searchParams.get("invite")
  // Prefetches are not visits.
  const prefetch = request.headers.get("next-router-prefetch") || request.headers.get("purpose") === "prefetch"
  const response = NextResponse.next()
  if (ref && AFFILIATE_CODE.test(ref) && !prefetch) {
    const token = await trackLandingClick({
      code: ref,
      landingPath: `${pathname}${search}`,
      previousToken: request.cookies.get(REF_TOKEN_COOKIE)?.value,
      ip: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || undefined,
      userAgent: request.headers.get("user-agent") ?? undefined,
    })
    if (token) {
      response.cookies.set(REF_TOKEN_COOKIE, token, cookieOptions())
      response.cookies.set(REF_COOKIE, ref.toLowerCase(), cookieOptions())
    }
  }
  if (invite && INVITE_CODE.test(invite)) response.cookies.set(INVITE_COOKIE, invite.toUpperCase(), cookieOptions())
  return response
}

export const config = {
  // Pages only: not Next's assets or files with an extension.
  matcher: ["/((?!_next/|.*\\.[\\w]+$).*)"],
}
