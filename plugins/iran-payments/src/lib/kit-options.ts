import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The plugin's options (`plugins: [{ resolve: "@asoud/iran-payments", options }]`). */
export type IranPaymentsOptions = {
  /** Storefront origins the return route may redirect to; the first is the fallback. */
  storefrontUrls?: string[]
  /** Minutes before the reconciliation job asks about a session nobody came back for (default 20). */
  reconcileAfterMinutes?: number
}

export function readKitOptions(container: MedusaContainer): IranPaymentsOptions {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find(
    (plugin) => typeof plugin !== "string" && plugin.resolve === "@asoud/iran-payments"
  )
  return (typeof entry === "object" && entry?.options ? entry.options : {}) as IranPaymentsOptions
}
