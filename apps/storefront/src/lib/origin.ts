import { headers } from "next/headers"
import { readConfig } from "./config"

/**
 * This storefront's public origin, for the URL the bank returns the shopper to. It must be on the
 * platform's STOREFRONT_URLS allow-list; ASOUD_STOREFRONT_URL pins it behind a proxy.
 */
export async function storefrontOrigin(): Promise<string> {
  const configured = readConfig().publicUrl
  if (configured) return configured
  const incoming = await headers()
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost:8000"
  const proto = incoming.get("x-forwarded-proto")?.split(",")[0] ?? "http"
  return `${proto}://${host}`
}
