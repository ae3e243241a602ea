import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readKitOptions } from "../../../../lib/kit-options"
import { replacedSessionRedirectUrl } from "../../../../lib/replaced-session"
import { returnRedirectUrl, unknownPaymentRedirectUrl } from "../../../../lib/return-redirect"
import { processGatewayReturnWorkflow } from "../../../../workflows/gateway-payments"

function flat(source: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (source && typeof source === "object") {
    for (const [key, value] of Object.entries(source as Record<string, unknown>)) {
      if (typeof value === "string" || typeof value === "number") {
        out[key] = String(value)
      } else if (Array.isArray(value) && value.length) {
        out[key] = String(value[0])
      }
    }
  }
  return out
}

/**
 * The bank returns the shopper's browser here (GET for Zarinpal, a cross-site form POST for Mellat
 * and Parsian). No cookie, CSRF token or publishable key can be expected: the payment is found by the
 * session id we put in the callback URL and must match the gateway token the bank sends back.
 */
async function handleReturn(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const options = readKitOptions(req.scope)
  const allowed = options.storefrontUrls ?? []
  const query = flat(req.query)
  const sessionId = query.session_id
  if (!sessionId) {
    res.redirect(303, unknownPaymentRedirectUrl(allowed, "unknown_payment"))
    return
  }
  const { result, errors } = await processGatewayReturnWorkflow(req.scope).run({
    input: { gateway: req.params.provider, session_id: sessionId, raw: { query, body: flat(req.body) } },
    throwOnError: false,
  })
  if (errors?.length) {
    const error = errors[0].error as { type?: string; message?: string }
    if (error?.type === MedusaError.Types.NOT_FOUND) {
      const replaced = await replacedSessionRedirectUrl(req.scope, { session_id: sessionId, payment_collection_id: query.payment_collection_id }, allowed)
      if (replaced) {
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`iran-payments: return for replaced session ${sessionId}; the bank returns the unverified payment`)
        res.redirect(303, replaced)
        return
      }
    }
    if (error?.type !== MedusaError.Types.NOT_FOUND) {
      const where = `${errors[0].action ?? "?"} (${errors[0].handlerType ?? "?"})`
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`iran-payments: return for session ${sessionId} failed in ${where}: ${error?.message}\n${(error as { stack?: string })?.stack ?? ""}`)
    }
    res.redirect(303, unknownPaymentRedirectUrl(allowed, error?.type === MedusaError.Types.NOT_FOUND ? "unknown_payment" : "error"))
    return
  }
  res.redirect(303, returnRedirectUrl(result.target, result.result, allowed))
}

export const GET = handleReturn
export const POST = handleReturn
