import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_KEY, type GatewaySessionData, type RawGatewayReturn } from "../../../lib/types"

export type AttachGatewayReturnInput = { session_id: string; raw: RawGatewayReturn }

type Previous = { id: string; data: Record<string, unknown>; amount: unknown; currency_code: string } | null

/**
 * Hands the browser return to the provider, which reads it and matches it against the session (no
 * gateway call). A session already verified is left alone: replays and refreshes change nothing.
 */
export const attachGatewayReturnStep = createStep(
  "attach-gateway-return",
  async (input: AttachGatewayReturnInput, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const session = await payments.retrievePaymentSession(input.session_id, {
      select: ["id", "data", "amount", "currency_code", "authorized_at", "status"],
    })
    const data = session.data as unknown as GatewaySessionData
    if (session.authorized_at || data.verification?.outcome === "verified") {
      return new StepResponse({ already_verified: true, data }, null as Previous)
    }
    const updated = await payments.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...session.data, [RETURN_KEY]: input.raw },
    })
    const previous: Previous = { id: session.id, data: session.data, amount: session.amount, currency_code: session.currency_code }
    return new StepResponse({ already_verified: false, data: updated.data as unknown as GatewaySessionData }, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve(Modules.PAYMENT).updatePaymentSession({
      id: previous.id,
      amount: previous.amount as number,
      currency_code: previous.currency_code,
      data: previous.data,
    })
  }
)
