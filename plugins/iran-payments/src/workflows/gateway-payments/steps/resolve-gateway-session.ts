import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GatewaySessionTarget } from "../types"

export type ResolveGatewaySessionInput = { session_id: string; gateway?: string }

/**
 * Finds the payment session a return or a reconciliation is about, and the cart it pays for (none for
 * top-ups). Read-only; the lock key comes from here.
 */
export const resolveGatewaySessionStep = createStep(
  "resolve-gateway-session",
  async (input: ResolveGatewaySessionInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: sessions } = await query.graph({
      entity: "payment_session",
      fields: ["id", "provider_id", "payment_collection_id", "data"],
      filters: { id: input.session_id },
    })
    const session = sessions[0]
    const data = (session?.data ?? {}) as Record<string, unknown>
    if (!session || data.kit !== "iran-payments") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This payment is unknown or has expired")
    }
    if (input.gateway && session.provider_id !== `pp_${input.gateway}` && !session.provider_id.startsWith(`pp_${input.gateway}_`)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This payment does not belong to this gateway")
    }
    const { data: links } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: session.payment_collection_id },
    })
    const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id ?? null
    const target: GatewaySessionTarget = {
      session_id: session.id,
      provider_id: session.provider_id,
      payment_collection_id: session.payment_collection_id,
      cart_id: cartId,
      lock_key: `iran-payments:${cartId ?? session.payment_collection_id}`,
      return_url: typeof data.return_url === "string" ? data.return_url : null,
    }
    return new StepResponse(target)
  }
)
