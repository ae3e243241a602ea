import type Medusa from "@medusajs/js-sdk"
import type { Client } from "../types"

/** What the phone helpers need of `sdk.auth`: its login, which stores the token the way the SDK is configured. */
export type TokenLogin = Pick<Medusa["auth"], "login">

/**
 * Phone + one-time code login (plugin @asoud/phone-auth) over Medusa's own auth routes. The token is
 * kept exactly as `sdk.auth.login("customer", "phone-otp", { phone, code })` keeps it (local storage,
 * memory, custom storage, or a session cookie with `auth.type: "session"`), so every later call of the
 * same SDK is the customer's.
 */
export class StorePhoneAuth {
  constructor(
    private readonly client: Client,
    private readonly auth?: TokenLogin
  ) {}

  /** Texts a code to the number. Answers the same whether or not the number has an account. */
  requestCode(phone: string) {
    return this.client.fetch<{ location: "otp" }>("/auth/customer/phone-otp", { method: "POST", body: { phone } })
  }

  /**
   * Exchanges the code for a customer token and stores it in the SDK; a first login creates the
   * customer with that phone. Returns the token too, for storefronts that also keep it elsewhere
   * (e.g. a server-side storefront's cookie).
   */
  async verifyCode(phone: string, code: string): Promise<{ token: string }> {
    if (!this.auth) {
      const { token } = await this.client.fetch<{ token: string }>("/auth/customer/phone-otp", {
        method: "POST",
        body: { phone, code },
      })
      await this.client.setToken(token)
      return { token }
    }
    const result = await this.auth.login("customer", "phone-otp", { phone, code })
    if (typeof result !== "string") {
      throw new Error("The phone login answered with another step instead of a token")
    }
    return { token: result }
  }
}
