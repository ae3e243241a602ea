/**
 * Storefront return URLs come from the shopper's browser, so they are only followed when their origin
 * is on the platform's allow-list: the return route must never be an open redirect.
 */
export function isAllowedReturnUrl(candidate: unknown, allowedOrigins: string[]): candidate is string {
  if (typeof candidate !== "string" || candidate.length > 2000) {
    return false
  }
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return false
  }
  return allowedOrigins.some((allowed) => {
    try {
      return new URL(allowed).origin === url.origin
    } catch {
      return false
    }
  })
}

/** Appends the outcome to the storefront's return URL, keeping any query it already had. */
export function withReturnParams(returnUrl: string, params: Record<string, string | undefined>): string {
  const url = new URL(returnUrl)
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") {
      url.searchParams.set(key, value)
    }
  }
  return url.toString()
}
