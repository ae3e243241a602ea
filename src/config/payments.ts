import type { PlatformEnv } from "./env"
import type { ProviderEntry } from "./modules"

/**
 * The simulator's demo credentials (packages/simulator/src/services/{zarinpal,mellat,parsian}.ts). They
 * are only used when SIMULATOR_URL points the gateways at the local simulator.
 */
const SIMULATOR_CREDENTIALS = {
  zarinpal: { merchant_id: "8e1a5e4c-0b6f-4c61-9d43-2a5f9c1d7b3e" },
  mellat: { terminal_id: 7001, username: "asoud-demo", password: "sim-mellat-secret" },
  parsian: { pin: "SIMPARSIANPIN7001" },
}

const flag = (value: string | undefined) => value === "true" || value === "1"

/**
 * Iranian gateway payment providers (see plugins/iran-payments). With SIMULATOR_URL every gateway
 * points at the simulator with its demo credentials; otherwise a gateway is registered only when its
 * credentials are in the environment. Credentials go to the provider's options only: never to session
 * data, logs or pages.
 */
export function gatewayPaymentProviders(env: PlatformEnv, source: NodeJS.ProcessEnv = process.env): ProviderEntry[] {
  const common = {
    callback_base_url: env.publicUrl,
    storefront_urls: env.storefrontUrls,
    ...(source.GATEWAY_TIMEOUT_MS ? { timeout_ms: Number(source.GATEWAY_TIMEOUT_MS) } : {}),
  }
  const sim = env.simulatorUrl
  const providers: ProviderEntry[] = []

  if (sim || source.ZARINPAL_MERCHANT_ID) {
    providers.push({
      resolve: "@asoud/payment-zarinpal",
      id: "zarinpal",
      options: sim
        ? { ...common, ...SIMULATOR_CREDENTIALS.zarinpal, currency: source.ZARINPAL_CURRENCY || "IRR", base_url: sim }
        : {
            ...common,
            merchant_id: source.ZARINPAL_MERCHANT_ID,
            currency: source.ZARINPAL_CURRENCY || "IRR",
            sandbox: flag(source.ZARINPAL_SANDBOX),
            ...(source.ZARINPAL_BASE_URL ? { base_url: source.ZARINPAL_BASE_URL } : {}),
          },
    })
  }
  if (sim || (source.MELLAT_TERMINAL_ID && source.MELLAT_USERNAME && source.MELLAT_PASSWORD)) {
    providers.push({
      resolve: "@asoud/payment-mellat",
      id: "mellat",
      options: sim
        ? { ...common, ...SIMULATOR_CREDENTIALS.mellat, base_url: sim }
        : {
            ...common,
            terminal_id: Number(source.MELLAT_TERMINAL_ID),
            username: source.MELLAT_USERNAME,
            password: source.MELLAT_PASSWORD,
            ...(source.MELLAT_BASE_URL ? { base_url: source.MELLAT_BASE_URL } : {}),
          },
    })
  }

  if (sim || source.PARSIAN_PIN) {
    providers.push({
      resolve: "@asoud/payment-parsian",
      id: "parsian",
      options: sim
        ? { ...common, ...SIMULATOR_CREDENTIALS.parsian, base_url: sim }
        : { ...common, pin: source.PARSIAN_PIN, ...(source.PARSIAN_BASE_URL ? { base_url: source.PARSIAN_BASE_URL } : {}) },
    })
  }
  return providers
}
