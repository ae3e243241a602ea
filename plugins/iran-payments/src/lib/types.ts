import type { GatewayUnit } from "./money"

/** How the storefront sends the browser to the gateway: a GET navigation or an auto-submitted form. */
export type GatewayRedirect = {
  method: "GET" | "POST"
  url: string
  fields: Record<string, string>
}

/** The raw browser return, exactly as it reached the callback route. */
export type RawGatewayReturn = {
  query: Record<string, string>
  body: Record<string, string>
}

/** What a provider read from the return, before any verify call. */
export type GatewayReturnReading =
  | {
      /** The bank says the shopper paid; verify next. */
      outcome: "paid"
      references: Record<string, string>
      card_pan?: string
      /** The amount the bank reports in the return, in the gateway's unit, when it reports one. */
      reported_amount?: number
    }
  | {
      /** The shopper cancelled or the card was refused on the bank page. */
      outcome: "canceled" | "failed"
      code?: string
      references: Record<string, string>
    }
  | {
      /** The return does not belong to this payment (wrong token, order id …): never verified. */
      outcome: "rejected"
      reason: string
      references: Record<string, string>
    }

export type StoredGatewayReturn = GatewayReturnReading & { received_at: string }

/** The result of verifying (and settling, where the gateway has it) a paid return. */
export type GatewayVerification = {
  /** `unknown`: the gateway did not answer; the reconciliation job finds out later. */
  outcome: "verified" | "failed" | "unknown"
  code?: string
  message?: string
  bank_reference?: string
  card_pan?: string
  /** The payment was reversed on the way (e.g. Mellat settle failed, amount mismatch). */
  reversed?: boolean
  /** The gateway's own trail of calls made, e.g. ["verify:0", "settle:34", "reversal:0"]. */
  calls?: string[]
  at: string
}

/** What an inquiry (reconciliation) learned about a payment whose outcome we do not know. */
export type GatewayInquiry = {
  /** `paid`: money taken, verify next; `unpaid`: nothing to do, release; `unknown`: ask later. */
  state: "paid" | "unpaid" | "unknown"
  code?: string
  at: string
}

/**
 * The payment session's `data`. Storefronts can read it, so it never holds a credential; every key
 * is written by the provider (storefront-supplied keys other than `return_url` are overwritten).
 */
export type GatewaySessionData = {
  kit: "iran-payments"
  session_id: string
  gateway: string
  token: string
  /** Our numeric order reference for this attempt (Mellat orderId, Parsian OrderId). */
  order_reference: string
  amount: number
  currency_code: string
  gateway_amount: number
  gateway_unit: GatewayUnit
  return_url: string
  callback_url: string
  redirect: GatewayRedirect
  requested_at: string
  /** Extra non-secret facts a gateway needs later (e.g. Zarinpal's fee). */
  extra: Record<string, string | number>
  /** The return that counts: a later tampered or foreign return never replaces a paid one. */
  return: StoredGatewayReturn | null
  /** The last return received, whatever it said. */
  latest_return: StoredGatewayReturn | null
  verification: GatewayVerification | null
  inquiry: GatewayInquiry | null
  /** How many inquiries the reconciliation job made; it waits longer after each. */
  inquiries?: number
  reversed_at: string | null
  /**
   * Until when the gateway takes a reversal (ISO), set at verification; null when the gateway decides
   * alone. Past it the kit stops asking the gateway and an operator refunds the shopper.
   */
  reversible_until?: string | null
  /**
   * Set by the kit (its clock, ISO) before it asks again to reverse a payment whose earlier reversal got
   * no definite answer: the provider first asks the gateway whether that one went through.
   */
  reversal_retry_at?: string
  /** How the reversal was learnt when no reversal answer said so, e.g. "inquiry:REVERSED". */
  reversal_found?: string
}

/** What a gateway says about an earlier reversal whose answer may have been lost. */
export type ReversalState = "reversed" | "not_reversed" | "unknown"

/** Keys the kit puts in `updatePaymentSession` data to hand a return or an inquiry to the provider. */
export const RETURN_KEY = "gateway_return"
export const INQUIRY_KEY = "gateway_inquiry"
