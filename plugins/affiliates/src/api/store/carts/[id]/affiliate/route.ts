import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { CART_CODE_KEY, CART_TOKEN_KEY } from "../../../../../lib/attribution"
import { normalizeCode } from "../../../../../lib/hash"
import { service } from "../../../../helpers"
import type { CartAffiliateType } from "../../../../validators"

/**
 * Puts an affiliate code typed at checkout (it wins over a link) or a click's token on the cart.
 * Same as `metadata.affiliate_code` / `metadata.affiliate_token` on Medusa's cart routes, but an
 * unknown or disabled code is a 400 the shopper sees at once.
 */
export const POST = async (req: MedusaRequest<CartAffiliateType>, res: MedusaResponse) => {
  const affiliates = service(req.scope)
  const { code, token } = req.validatedBody
  if (code) {
    const [found] = await affiliates.listAffiliateCodes({ code: normalizeCode(code), disabled_at: null }, { relations: ["affiliate"] })
    if (!found || found.affiliate?.status !== "approved") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The affiliate code ${code} is not valid`)
    }
  }
  if (token && !(await affiliates.listAffiliateClicks({ token }, { select: ["id"] })).length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The attribution token is not valid")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ["id", "metadata", "completed_at"], filters: { id: req.params.id } })
  if (!cart || cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found`)
  }
  const metadata = { ...(cart.metadata ?? {}), ...(code ? { [CART_CODE_KEY]: normalizeCode(code) } : {}), ...(token ? { [CART_TOKEN_KEY]: token } : {}) }
  await updateCartWorkflow(req.scope).run({ input: { id: cart.id, metadata } })
  res.json({ cart: { id: cart.id, metadata } })
}
