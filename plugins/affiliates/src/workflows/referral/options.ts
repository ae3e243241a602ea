import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** `plugins: [{ resolve: "@asoud/affiliates", options: { referrals: { … } } }]` — amounts in whole rials. */
export type ReferralOptions = {
  /** Credited to the referrer's wallet when the referred customer's first qualifying order is paid. */
  referrerReward: number
  /** Credited to the referred (new) customer's wallet at the same moment. */
  referredReward: number
  /** An order below this total (what the customer paid, shipping and tax included) rewards nothing. */
  minimumOrder: number
  /** The wallet currency the rewards are paid in. */
  currencyCode: string
}

export const REFERRAL_DEFAULTS: ReferralOptions = {
  referrerReward: 2_000_000,
  referredReward: 1_000_000,
  minimumOrder: 10_000_000,
  currencyCode: "irr",
}

function wholeRials(name: string, value: unknown, fallback: number): number {
  if (value === undefined || value === null) {
    return fallback
  }
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new Error(`@asoud/affiliates: referrals.${name} must be a whole number of rials ≥ 0 (got ${String(value)})`)
  }
  return value
}

/** Validates the plugin's `referrals` options over the defaults. */
export function resolveReferralOptions(input: Partial<ReferralOptions> | undefined): ReferralOptions {
  const raw = input ?? {}
  return {
    referrerReward: wholeRials("referrerReward", raw.referrerReward, REFERRAL_DEFAULTS.referrerReward),
    referredReward: wholeRials("referredReward", raw.referredReward, REFERRAL_DEFAULTS.referredReward),
    minimumOrder: wholeRials("minimumOrder", raw.minimumOrder, REFERRAL_DEFAULTS.minimumOrder),
    currencyCode: (raw.currencyCode ?? REFERRAL_DEFAULTS.currencyCode).toLowerCase(),
  }
}

/** The referral options of the `@asoud/affiliates` entry in the config module. */
export function readReferralOptions(container: MedusaContainer): ReferralOptions {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find(
    (plugin) => typeof plugin !== "string" && plugin.resolve === "@asoud/affiliates"
  )
  const options = typeof entry === "object" && entry?.options ? (entry.options as { referrals?: Partial<ReferralOptions> }) : {}
  return resolveReferralOptions(options.referrals)
}
