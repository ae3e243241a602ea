import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { extendHook } from "@asoud/extensions/hooks"
import { PRICES_CHANGED_CODE, PRICES_CHANGED_MESSAGE } from "../../lib/constants"
import { readLines, stalePriceLines } from "../pricing-tiers/steps/reprice-cart-if-stale"

/**
 * The stale-price guard on every completion path: the stock complete route answers 409 from our
 * middleware first (and re-prices), but a cart completed elsewhere — the gateway return of
 * `@asoud/iran-payments`, a job, another plugin — reaches this hook. It only checks and refuses: it
 * does not re-price here, because Medusa's refresh deletes the cart's payment sessions, and the caller
 * may still need its session to give the shopper's money back. The caller re-prices afterwards.
 */
extendHook(completeCartWorkflow, "validate", {
  id: "pricing-tiers.stale-prices",
  order: 20,
  invoke: async ({ input }: { input: { id: string } }, { container }) => {
    const cart = await readLines(container, input.id)
    if (!cart || cart.completed_at) {
      return
    }
    const stale = await stalePriceLines(container, cart)
    if (stale.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, PRICES_CHANGED_MESSAGE, PRICES_CHANGED_CODE)
    }
  },
})
