import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OUTCOME_MESSAGES } from "./outcome"
import { isAllowedReturnUrl, withReturnParams } from "./return-url"

/**
 * A return for a session Medusa has deleted (a newer session replaced it: a second tab, or the cart
 * changed while the shopper was at the bank). The session's payment collection came back in the
 * callback URL: when that collection still exists and no longer holds this session, the shopper is
 * sent back to their cart with the truth: nothing was verified, so the bank returns any money itself.
 * Returns null when the return does not look like that (then it is simply unknown).
 */
export async function replacedSessionRedirectUrl(
  container: MedusaContainer,
  input: { session_id: string; payment_collection_id?: string },
  allowedOrigins: string[]
): Promise<string | null> {
  if (!input.payment_collection_id || !/^pay_col_\w+$/.test(input.payment_collection_id)) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: collections } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "payment_sessions.id", "payment_sessions.data", "payment_sessions.created_at"],
    filters: { id: input.payment_collection_id },
  })
  type Session = { id: string; data: Record<string, unknown> | null } | null
  const collection = collections[0] as { id: string; payment_sessions?: Session[] } | undefined
  if (!collection || collection.payment_sessions?.some((s) => s?.id === input.session_id)) {
    return null
  }
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: collection.id },
  })
  const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id
  // The replacing session's storefront page, when it has one on the allow-list; otherwise the storefront.
  const returnUrl = (collection.payment_sessions ?? [])
    .map((s) => s?.data?.return_url)
    .find((url): url is string => isAllowedReturnUrl(url, allowedOrigins))
  const base = returnUrl ?? `${allowedOrigins[0] ?? "http://localhost:8000"}/`
  return withReturnParams(base, {
    status: "failed",
    code: "replaced_payment",
    cart_id: cartId,
    payment_collection_id: cartId ? undefined : collection.id,
    message: OUTCOME_MESSAGES.replaced,
  })
}
