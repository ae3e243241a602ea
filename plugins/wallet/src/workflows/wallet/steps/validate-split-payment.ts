import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

type SplitCart = { id: string; customer_id: string | null; email: string | null; currency_code: string; total: BigNumberInput; payment_collection?: { id: string } | null }

const WHOLE_UNIT_CURRENCIES = ["irr"]

export const validateSplitPaymentStepId = "validate-split-payment"

/** A split needs the customer's own cart, a wallet part below the total, and that much available now. */
export const validateSplitPaymentStep = createStep(
  validateSplitPaymentStepId,
  async (input: { cart_id: string; customer_id: string; wallet_amount: BigNumberInput }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "customer_id", "email", "currency_code", "total", "payment_collection.id"],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as unknown as SplitCart | undefined
    if (!cart || cart.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found`)
    }
    if (!cart.payment_collection) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Create the cart's payment collection first")
    }
    const total = new BigNumber(cart.total)
    if (WHOLE_UNIT_CURRENCIES.includes(cart.currency_code.toLowerCase()) && !MathBN.convert(total).isInteger()) {
      // No gateway takes a fraction of a rial (see @asoud/platform's whole-amounts rule).
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The cart total ${total.numeric} ${cart.currency_code.toUpperCase()} is not a whole number of rials, so it cannot be paid`)
    }
    if (!MathBN.convert(input.wallet_amount).isInteger() && WHOLE_UNIT_CURRENCIES.includes(cart.currency_code.toLowerCase())) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The wallet part must be a whole number of rials")
    }
    if (!MathBN.lt(input.wallet_amount, total)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The wallet part must be less than the cart total; pay with the wallet alone instead")
    }
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const [wallet] = await wallets.listWallets({ owner_type: "customer", owner_id: input.customer_id, currency_code: cart.currency_code })
    const available = wallet ? wallets.balanceOf(wallet as never).available : 0
    if (MathBN.gt(input.wallet_amount, available)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Insufficient wallet balance: ${new BigNumber(available).numeric} available`)
    }
    return new StepResponse({
      payment_collection_id: cart.payment_collection.id,
      currency_code: cart.currency_code,
      email: cart.email ?? "",
      gateway_amount: new BigNumber(MathBN.sub(total, input.wallet_amount)).numeric,
    })
  }
)
