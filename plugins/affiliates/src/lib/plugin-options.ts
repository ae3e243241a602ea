import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type AffiliatesPluginOptions = {
  /** Days a click counts for an order (default 30). */
  attributionWindowDays?: number
  /** Which click wins when a shopper followed several links: `last` (default) or `first`. */
  touch?: "first" | "last"
  /** Days a commission is held before it can be approved (default 14). */
  holdDays?: number
  /** Orders below this item subtotal (after discounts, IRR) earn nothing (default 0). */
  minimumOrderAmount?: number
  /** This many attributed orders of one affiliate from one IP hash or card within `burstWindowMinutes` flags them (default 3 in 60). */
  burstOrders?: number
  burstWindowMinutes?: number
  /** Secret mixed into IP and user-agent hashes (default: the JWT secret). */
  hashSalt?: string
  /** Handle of the `@asoud/pricing-tiers` tier an approved affiliate joins (e.g. "marketer"); none when unset. */
  marketerTier?: string
  /** Run the scheduled approval and payout job (default true). */
  commissionJob?: boolean
}

export type ResolvedAffiliatesOptions = Required<Omit<AffiliatesPluginOptions, "marketerTier">> & { marketerTier?: string }

const PLUGIN = "@asoud/affiliates"

export function resolveAffiliatesOptions(options: AffiliatesPluginOptions, fallbackSalt = "asoud"): ResolvedAffiliatesOptions {
  return {
    attributionWindowDays: options.attributionWindowDays ?? 30,
    touch: options.touch ?? "last",
    holdDays: options.holdDays ?? 14,
    minimumOrderAmount: options.minimumOrderAmount ?? 0,
    burstOrders: options.burstOrders ?? 3,
    burstWindowMinutes: options.burstWindowMinutes ?? 60,
    hashSalt: options.hashSalt ?? fallbackSalt,
    marketerTier: options.marketerTier,
    commissionJob: options.commissionJob ?? true,
  }
}

/** This plugin's options as registered in medusa-config, with their defaults. */
export function affiliatesOptions(container: MedusaContainer): ResolvedAffiliatesOptions {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find((plugin) => (typeof plugin === "string" ? plugin : plugin.resolve) === PLUGIN)
  const options = typeof entry === "object" && entry.options ? (entry.options as AffiliatesPluginOptions) : {}
  return resolveAffiliatesOptions(options, String(config.projectConfig?.http?.jwtSecret ?? "asoud"))
}
