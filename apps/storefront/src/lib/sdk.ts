import { AsoudSdk } from "@asoud/js-sdk"
import { cookies } from "next/headers"
import { cache } from "react"
import { readConfig } from "./config"
import { resolveMarketScope } from "./scope"

/** The customer's token lives in an httpOnly cookie: the browser never holds it in script. */
export const AUTH_COOKIE = "asoud_jwt"
const AUTH_COOKIE_DAYS = 7

export function secureCookies(): boolean {
  return readConfig().publicUrl?.startsWith("https://") ?? false
}

/**
 * One SDK per request (React's `cache`), so one shopper's token never reaches another's request. The
 * SDK keeps the token in the cookie through its own "custom" storage: `sdk.auth.login(...)` and
 * `sdk.asoud.store.phoneAuth.verifyCode(...)` store it, `sdk.auth.logout()` clears it, and every call
 * sends it. Writing a cookie only works in a server action or route handler, which is where logins
 * happen; server components only read it.
 */
export const getSdk = cache(async (): Promise<AsoudSdk> => {
  const config = readConfig()
  const jar = await cookies()
  const scope = await resolveMarketScope()
  return new AsoudSdk({
    baseUrl: config.backendUrl,
    publishableKey: config.publishableKey,
    globalHeaders: scope ? { "x-market": scope.handle } : {},
    auth: {
      type: "jwt",
      jwtTokenStorageMethod: "custom",
      storage: {
        getItem: () => jar.get(AUTH_COOKIE)?.value ?? null,
        setItem: (_key: string, value: string) => {
          jar.set(AUTH_COOKIE, value, {
            httpOnly: true,
            sameSite: "lax",
            secure: secureCookies(),
            path: "/",
            maxAge: AUTH_COOKIE_DAYS * 24 * 3600,
          })
        },
        removeItem: () => {
          jar.delete(AUTH_COOKIE)
        },
      },
    },
  })
})

/** True when the shopper has a customer token (it may still be expired: see `getCustomer`). */
export async function hasAuthToken(): Promise<boolean> {
  return Boolean((await cookies()).get(AUTH_COOKIE)?.value)
}
