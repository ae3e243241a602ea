import type { Seeder } from "./context"

/** No data: SMS needs none. It tells a newcomer how to log in by phone in the offline demo. */
export const smsSeeder: Seeder = {
  name: "sms",
  run: async (context) => {
    const simulator = process.env.SIMULATOR_URL
    context.summary.notes.push(
      simulator
        ? `Phone login: POST /auth/customer/phone-otp {"phone":"09121234567"}, read the code at ${simulator}/__sim/sms/outbox?to=09121234567 (also in the server log), then POST it with {"phone","code"}. SMS admin: /app/sms`
        : "SMS: no provider configured (set SIMULATOR_URL, KAVENEGAR_API_KEY or SMSIR_API_KEY); phone login cannot send codes."
    )
  },
}
