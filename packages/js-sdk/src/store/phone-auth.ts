import type { Client } from "../types"

/**
 * Phone + one-time code login (plugin @asoud/phone-auth) over Medusa's own auth routes.
 * To keep the token in the SDK, log in with `sdk.auth.login("customer", "phone-otp", { phone, code })`;
 * these helpers are for storefronts that manage tokens themselves.
 */
export class StorePhoneAuth {
  constructor(private readonly client: Client) {}

  /** Texts a code to the number. Answers the same whether or not the number has an account. */
  requestCode(phone: string) {
    return this.client.fetch<{ location: "otp" }>("/auth/customer/phone-otp", { method: "POST", body: { phone } })
  }

  /** Exchanges the code for a customer token; a first login creates the customer with that phone. */
  verifyCode(phone: string, code: string) {
    return this.client.fetch<{ token: string }>("/auth/customer/phone-otp", { method: "POST", body: { phone, code } })
  }
}
