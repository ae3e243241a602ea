import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { PlatformEnv } from "./env"
import type { ModuleEntries, ProviderEntry } from "./modules"

/**
 * SMS providers, in failover order. With SIMULATOR_URL (the offline demo, tests) both point at the
 * simulator with demo keys; otherwise each provider whose API key is set, in SMS_PROVIDERS order:
 *   SMS_PROVIDERS          order, default "kavenegar,smsir"
 *   KAVENEGAR_API_KEY      KAVENEGAR_SENDER (line), KAVENEGAR_OTP_TEMPLATE (verify/lookup template
 *                          with %token), KAVENEGAR_BASE_URL
 *   SMSIR_API_KEY          SMSIR_LINE_NUMBER, SMSIR_OTP_TEMPLATE_ID (a template with #CODE#), SMSIR_BASE_URL
 *   SMS_PER_NUMBER_LIMIT   "<count>/<seconds>", default "10/600"
 */
export function smsProviderEntries(env: PlatformEnv, source: NodeJS.ProcessEnv = process.env) {
  const demo = env.simulatorUrl
  const kavenegarKey = demo ? "asoud-demo-key" : source.KAVENEGAR_API_KEY
  const smsirKey = demo ? "asoud-demo-key" : source.SMSIR_API_KEY
  const kavenegarTemplate = demo ? "asoud-otp" : source.KAVENEGAR_OTP_TEMPLATE
  const smsirTemplate = demo ? "100000" : source.SMSIR_OTP_TEMPLATE_ID
  const available: Record<string, ProviderEntry | undefined> = {
    kavenegar: kavenegarKey
      ? {
          resolve: "@asoud/sms-kavenegar",
          id: "kavenegar",
          options: {
            apiKey: kavenegarKey,
            sender: source.KAVENEGAR_SENDER || undefined,
            baseUrl: demo ?? source.KAVENEGAR_BASE_URL,
            templates: kavenegarTemplate ? { otp: { id: kavenegarTemplate, params: { token: "code" } } } : {},
          },
        }
      : undefined,
    smsir: smsirKey
      ? {
          resolve: "@asoud/sms-smsir",
          id: "smsir",
          options: {
            apiKey: smsirKey,
            lineNumber: demo ? "30004505000027" : source.SMSIR_LINE_NUMBER,
            baseUrl: demo ?? source.SMSIR_BASE_URL,
            templates: smsirTemplate ? { otp: { id: smsirTemplate, params: { CODE: "code" } } } : {},
          },
        }
      : undefined,
  }
  const order = (source.SMS_PROVIDERS || "kavenegar,smsir").split(",").map((name) => name.trim())
  return order.map((name) => available[name]).filter((entry): entry is ProviderEntry => !!entry)
}

function perNumberLimit(source: NodeJS.ProcessEnv): { points: number; durationSeconds: number } {
  const [points, seconds] = (source.SMS_PER_NUMBER_LIMIT || "10/600").split("/").map(Number)
  if (!(points > 0) || !(seconds > 0)) {
    throw new Error(`SMS_PER_NUMBER_LIMIT must look like "10/600" (count/seconds)`)
  }
  return { points, durationSeconds: seconds }
}

/**
 * The notification module: Medusa's local provider keeps the admin's `feed` channel, and the SMS
 * kit's failover provider is the one `sms` provider, wrapping the real ones in order. Without any
 * SMS provider the module keeps Medusa's defaults and SMS features report "not configured".
 */
export function notificationModules(env: PlatformEnv, source: NodeJS.ProcessEnv = process.env): ModuleEntries {
  const providers = smsProviderEntries(env, source)
  if (!providers.length) {
    return []
  }
  return [
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      // The failover provider writes every send to the SMS kit's message log.
      dependencies: [Modules.EVENT_BUS, ContainerRegistrationKeys.LOGGER, "smsLog"],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
          {
            resolve: "@asoud/sms/providers/sms-failover",
            id: "sms",
            options: { channels: ["sms"], providers, perNumber: perNumberLimit(source), redisUrl: env.redisUrl },
          },
        ],
      },
    },
  ]
}
