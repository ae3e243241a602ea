import { NextResponse, type NextRequest } from "next/server"

const REF_COOKIE = "asoud_ref"
const REF_DAYS = 30

/**
 * `?ref=<code>` on any landing URL (an affiliate's link) is kept in a cookie for 30 days, so the cart
 * the shopper starts later carries it (lib/affiliates.ts). Last click wins, as links usually do.
 */
export function proxy(request: NextRequest) {
  const ref = request.nextUrl.searchParams.get("ref")
  if (!ref || !/^[\w-]{1,64}$/.test(ref)) return NextResponse.next()
  const response = NextResponse.next()
  response.cookies.set(REF_COOKIE, ref, { httpOnly: true, sameSite: "lax", path: "/", maxAge: REF_DAYS * 24 * 3600 })
  return response
}

export const config = {
  // Pages only: not Next's assets or files with an extension.
  matcher: ["/((?!_next/|.*\\.[\\w]+$).*)"],
}
