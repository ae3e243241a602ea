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
}

export type GatewaySessionTarget = {
  session_id: string
  provider_id: string
  payment_collection_id: string
  cart_id: string | null
  lock_key: string
  return_url: string | null
}
