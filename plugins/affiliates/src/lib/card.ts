import { createHmac } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * What `@asoud/iran-payments` keeps in a gateway payment session's data once the bank's return was
 * verified: the card the gateway reported (Zarinpal `card_pan`, Mellat `CardHolderPan`, Parsian
 * `CardNumberMasked`), masked by the bank. The same value lands on the `gateway_transaction` record,
 * but only after the cart completed, too late for the attribution that runs inside the completion.
 */
type GatewaySessionCard = {
  verification?: { outcome?: string; card_pan?: string } | null
  return?: { outcome?: string; card_pan?: string } | null
}

type CartSessions = { payment_collection?: { payment_sessions?: { status: string; data: GatewaySessionCard | null }[] | null } | null }

/**
 * Banks mask cards differently ("603799******5678", "6037-99**-****-5678"); the first six and last
 * four digits are what every one of them shows, so they are what identifies the card here.
 */
export function cardFingerprint(pan: string | null | undefined): string | null {
  const compact = (pan ?? "").replace(/[^0-9*]/g, "")
  if (compact.replace(/\*/g, "").length < 10) {
    return null
  }
  return `${compact.slice(0, 6)}${compact.slice(-4)}`
}

/** A keyed hash (HMAC-SHA256) of the card's fingerprint: comparable between orders, never the number itself. */
export function cardHash(pan: string | null | undefined, key: string): string | null {
  const fingerprint = cardFingerprint(pan)
  return fingerprint ? createHmac("sha256", key).update(`card:${fingerprint}`).digest("hex") : null
}

/** The card that paid a cart through a redirect gateway, when the gateway reported one. */
export async function cardOfCart(container: MedusaContainer, cartId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "payment_collection.payment_sessions.status", "payment_collection.payment_sessions.data"],
    filters: { id: cartId },
  })
  const sessions = (data[0] as CartSessions | undefined)?.payment_collection?.payment_sessions ?? []
  for (const session of sessions) {
    const verified = session.data?.verification?.outcome === "verified" ? session.data.verification.card_pan : undefined
    const returned = session.data?.return?.outcome === "paid" ? session.data.return.card_pan : undefined
    if (session.status === "authorized" && (verified || returned)) {
      return (verified ?? returned)!
    }
  }
  return null
}
