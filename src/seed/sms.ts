import { readPlatformEnv } from "../config/env"
import { smsProviderEntries } from "../config/notifications"
import type { Seeder } from "./context"

const NAMES: Record<string, string> = { kavenegar: "Kavenegar", smsir: "SMS.ir" }

/**
 * No data: SMS needs none. It tells a newcomer how phone login sends its codes, from the same
 * configuration the notification module is built from (simulator, or the providers whose keys are set).
 */
export function smsNote(source: NodeJS.ProcessEnv): string {
  const env = readPlatformEnv(source)
  if (env.simulatorUrl) {
    return `Phone login: POST /auth/customer/phone-otp {"phone":"09121234567"}, read the code at ${env.simulatorUrl}/__sim/sms/outbox?to=09121234567 (also in the server log), then POST it with {"phone","code"}. SMS admin: /app/sms`
  }
  const providers = smsProviderEntries(env, source).map((entry) => NAMES[entry.id] ?? entry.id)
  if (!providers.length) {
    return "SMS: no provider configured (set SIMULATOR_URL, KAVENEGAR_API_KEY or SMSIR_API_KEY); phone login cannot send codes."
  }
  return `SMS: ${providers.join(", then ")}${providers.length > 1 ? " (failover in this order)" : ""}; phone login sends its codes through them. SMS admin: /app/sms`
}

export const smsSeeder: Seeder = {
  name: "sms",
  run: async (context) => {
    context.summary.notes.push(smsNote(process.env))
  },
}
