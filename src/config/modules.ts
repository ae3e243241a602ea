import type { InputConfig } from "@medusajs/framework/types"
import type { PlatformEnv } from "./env"
import { gatewayPaymentProviders } from "./payments"
import { walletPaymentProviders } from "./wallet"
import { notificationModules } from "./notifications"
import { authModules } from "./auth"

export type ModuleEntries = Exclude<InputConfig["modules"], undefined | Record<string, unknown>>

export type ProviderEntry = {
  resolve: string
  id: string
  options?: Record<string, unknown>
  dependencies?: string[]
  is_default?: boolean
}

/**
 * Commerce module overrides: payment providers (gateways and wallet), notification (SMS) and auth
 * (phone OTP) providers. Each area keeps its own file beside this one; a module none of them
 * configures keeps Medusa's defaults.
 */
export function commerceModules(env: PlatformEnv): ModuleEntries {
  const paymentProviders = [...gatewayPaymentProviders(env), ...walletPaymentProviders(env)]
  const payment: ModuleEntries = paymentProviders.length
    ? [{ resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } }]
    : []
  return [...payment, ...notificationModules(env), ...authModules(env)]
}
