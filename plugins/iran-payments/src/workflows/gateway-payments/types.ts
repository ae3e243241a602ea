/** Where a gateway payment stands after the return route or the reconciliation job handled it. */
export type GatewayPaymentOutcome = "verified" | "canceled" | "rejected" | "failed" | "pending" | "expired" | "waiting"

export type GatewayPaymentResult = {
  outcome: GatewayPaymentOutcome
  order_id?: string
  payment_id?: string
  /** True only on the call that verified the payment: events fire once. */
  newly_verified: boolean
  code?: string
  message?: string
  bank_reference?: string
  card_pan?: string
  /** The bank's money was given back (verified and reversed) because no order could be placed. */
  reversed?: boolean
  /** No order was placed, the bank's money is verified and its reversal failed: the job retries it. */
  reversal_pending?: boolean
}

export type GatewaySessionTarget = {
  session_id: string
  provider_id: string
  payment_collection_id: string
  cart_id: string | null
  lock_key: string
  return_url: string | null
}
