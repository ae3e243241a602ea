import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type PricingTiersPluginOptions = {
  /**
   * Mirror public sales to tier members every minute (default true). Turn it off when mirrors are
   * synced only through `POST /admin/pricing-tiers/sale-mirrors/sync`, e.g. by an operator's own
   * scheduler, or in tests that must decide exactly when a sync happens.
   */
  saleMirrorJob?: boolean
}

const PLUGIN = "@asoud/pricing-tiers"

export function pricingTiersOptions(container: MedusaContainer): PricingTiersPluginOptions {
  const { plugins = [] } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = plugins.find((plugin) => (typeof plugin === "string" ? plugin : plugin.resolve) === PLUGIN)
  return typeof entry === "object" && entry.options ? (entry.options as PricingTiersPluginOptions) : {}
}
