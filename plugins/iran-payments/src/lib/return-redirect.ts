import type { GatewayPaymentResult, GatewaySessionTarget } from "../workflows/gateway-payments/types"
import { OUTCOME_MESSAGES } from "./outcome"
import { isAllowedReturnUrl, withReturnParams } from "./return-url"

const STATUS_PARAM: Record<GatewayPaymentResult["outcome"], string> = {
  verified: "success",
  canceled: "canceled",
  rejected: "failed",
  failed: "failed",
  pending: "pending",
  expired: "failed",
  waiting: "pending",
}

/**
 * Where the browser goes after a return: the session's storefront URL (re-checked against the
 * allow-list) with the outcome, the order or payment, and for failures a readable message.
 */
export function returnRedirectUrl(
  target: GatewaySessionTarget,
  result: GatewayPaymentResult,
  allowedOrigins: string[]
): string {
  const base = isAllowedReturnUrl(target.return_url, allowedOrigins) ? target.return_url : fallbackUrl(allowedOrigins)
  const success = result.outcome === "verified"
  // An order refused after the bank took the money, which was reversed at once: say the money is back.
  const messageKey = result.reversed && result.code === "order_not_placed" ? "order_not_placed_reversed" : result.code ?? ""
  return withReturnParams(base, {
    status: STATUS_PARAM[result.outcome],
    order_id: result.order_id,
    cart_id: target.cart_id ?? undefined,
    payment_collection_id: target.cart_id ? undefined : target.payment_collection_id,
    payment_id: target.cart_id ? undefined : result.payment_id,
    code: success ? undefined : result.code ?? result.outcome,
    message: success ? undefined : OUTCOME_MESSAGES[messageKey] ?? OUTCOME_MESSAGES[result.outcome] ?? OUTCOME_MESSAGES.failed,
  })
}

export function unknownPaymentRedirectUrl(allowedOrigins: string[], reason: string): string {
  return withReturnParams(fallbackUrl(allowedOrigins), { status: "failed", code: reason, message: OUTCOME_MESSAGES.unknown })
}

function fallbackUrl(allowedOrigins: string[]): string {
  return `${allowedOrigins[0] ?? "http://localhost:8000"}/`
}
