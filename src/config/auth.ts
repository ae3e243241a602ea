import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { PlatformEnv } from "./env"
import type { ModuleEntries } from "./modules"

/**
 * The auth module with Medusa's emailpass (admins and customers) and phone + one-time code login
 * for customers (`phone-otp`, see plugins/phone-auth). The provider sends codes through the `sms`
 * channel and creates the customer on a number's first login, hence its module dependencies.
 * Codes are printed to the server log in development and in the offline demo only
 * (PHONE_OTP_LOG_CODES=false silences it).
 */
export function authModules(env: PlatformEnv, source: NodeJS.ProcessEnv = process.env): ModuleEntries {
  // Codes are secrets: printed only in development, or in the launcher's demo (development secrets,
  // ASOUD_DEMO) while every SMS goes to the local simulator anyway; never in a production with real SMS
  // or in tests. PHONE_OTP_LOG_CODES=false silences both.
  const offlineDemo = source.ASOUD_DEMO === "true" && Boolean(env.simulatorUrl)
  const logCodes = (source.NODE_ENV === "development" || offlineDemo) && source.PHONE_OTP_LOG_CODES !== "false"
  return [
    {
      key: Modules.AUTH,
      resolve: "@medusajs/medusa/auth",
      dependencies: [ContainerRegistrationKeys.LOGGER, Modules.CACHE, Modules.NOTIFICATION, Modules.CUSTOMER, Modules.AUTH],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          {
            resolve: "@asoud/phone-auth/providers/phone-otp",
            id: "phone-otp",
            options: {
              ttlSeconds: Number(source.PHONE_OTP_TTL_SECONDS || 120),
              maxAttempts: Number(source.PHONE_OTP_MAX_ATTEMPTS || 5),
              redisUrl: env.redisUrl,
              logCodes,
            },
          },
        ],
      },
    },
  ]
}

/**
 * Options of the @asoud/phone-auth plugin: the resend and hourly limits its middleware enforces on
 * /auth/customer/phone-otp (PHONE_OTP_RESEND_SECONDS default 60, PHONE_OTP_HOURLY_PER_NUMBER 5,
 * PHONE_OTP_HOURLY_PER_IP 20).
 */
export function phoneAuthPluginOptions(source: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  return {
    otpLimits: {
      resendSeconds: Number(source.PHONE_OTP_RESEND_SECONDS || 60),
      hourlyPerNumber: Number(source.PHONE_OTP_HOURLY_PER_NUMBER || 5),
      hourlyPerIp: Number(source.PHONE_OTP_HOURLY_PER_IP || 20),
    },
  }
}
