import type { GatewaySessionData } from "../../../lib/types"
import type { GatewayPaymentResult, GatewaySessionTarget } from "../types"

/** Emitted once when a gateway payment that pays no cart (e.g. a wallet top-up) is verified. */
export const PAYMENT_VERIFIED_EVENT = "iran-payments.payment.verified"

export type PaymentVerifiedEventData = {
  transaction_id?: string
  provider_id: string
  payment_collection_id: string
  payment_session_id: string
  payment_id: string
  amount: number
  currency_code: string
}

export function verifiedEventData(input: {
  result: GatewayPaymentResult
  target: GatewaySessionTarget
  attached: { data: GatewaySessionData }
  transaction?: { id: string }
}): PaymentVerifiedEventData {
  return {
    transaction_id: input.transaction?.id,
    provider_id: input.target.provider_id,
    payment_collection_id: input.target.payment_collection_id,
    payment_session_id: input.target.session_id,
    payment_id: input.result.payment_id!,
    amount: input.attached.data.amount,
    currency_code: input.attached.data.currency_code,
  }
}
