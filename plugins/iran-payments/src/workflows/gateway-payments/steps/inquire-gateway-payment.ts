import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INQUIRY_KEY, type GatewaySessionData } from "../../../lib/types"

/**
 * Asks the gateway what became of a payment whose return or verify answer never arrived. Sessions
 * already verified or definitely failed are not asked again.
 */
export const inquireGatewayPaymentStep = createStep(
  "inquire-gateway-payment",
  async (input: { session_id: string; now?: string }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const session = await payments.retrievePaymentSession(input.session_id, {
      select: ["id", "data", "amount", "currency_code", "authorized_at"],
    })
    const data = session.data as unknown as GatewaySessionData
    if (session.authorized_at || data.verification?.outcome === "verified") {
      return new StepResponse({ already_verified: true, settled: true, data })
    }
    const final =
      data.verification?.outcome === "failed" ||
      data.return?.outcome === "canceled" ||
      data.return?.outcome === "failed"
    if (final) {
      return new StepResponse({ already_verified: false, settled: true, data })
    }
    const updated = await payments.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...session.data, [INQUIRY_KEY]: { at: input.now ?? new Date().toISOString() } },
    })
    // The inquiry is a read at the gateway; keeping its answer on the session needs no undo.
    return new StepResponse({ already_verified: false, settled: false, data: updated.data as unknown as GatewaySessionData })
  }
)
