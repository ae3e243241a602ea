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
  const payment = moduleWithProviders("@medusajs/medusa/payment", [
    ...gatewayPaymentProviders(env),
    ...walletPaymentProviders(env),
  ])
  return [...payment, ...notificationModules(env), ...authModules(env)]
}

/**
 * Medusa injects other modules into a module's providers only through the module's own
 * `dependencies`, so the ones a provider declares (the wallet provider needs the wallet module) are
 * lifted onto the module entry. No providers: the module keeps Medusa's defaults.
 */
export function moduleWithProviders(resolve: string, providers: ProviderEntry[]): ModuleEntries {
  if (!providers.length) {
    return []
  }
  const dependencies = [...new Set(providers.flatMap((provider) => provider.dependencies ?? []))]
  return [
    {
      resolve,
      ...(dependencies.length ? { dependencies } : {}),
      options: { providers: providers.map(({ dependencies: _lifted, ...provider }) => provider) },
    },
  ]
}
