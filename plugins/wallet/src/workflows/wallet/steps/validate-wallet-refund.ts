import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

export type ValidateWalletRefundStepInput = { order_id: string; amount: BigNumberInput }
type AmountRow = { raw_amount?: BigNumberInput; amount?: BigNumberInput }
type OrderPayments = {
  id: string
  customer_id: string | null
  currency_code: string
  transactions?: AmountRow[]
  payment_collections?: { captured_amount?: BigNumberInput | null; payments?: { captures?: AmountRow[]; refunds?: AmountRow[] }[] }[]
}

export const validateWalletRefundStepId = "validate-wallet-refund"

const sum = (rows: AmountRow[] = []) =>
  rows.reduce<BigNumber>((total, row) => new BigNumber(MathBN.add(total, row.raw_amount ?? row.amount ?? 0)), new BigNumber(0))

/**
 * An order refunds to its customer's wallet at most what was captured, less what went back to the
 * gateway, what earlier wallet refunds already returned and any other refund the order records.
 */
export const validateWalletRefundStep = createStep(
  validateWalletRefundStepId,
  async (input: ValidateWalletRefundStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "currency_code",
        "transactions.amount",
        "payment_collections.captured_amount",
        "payment_collections.payments.captures.raw_amount",
        "payment_collections.payments.refunds.raw_amount",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as OrderPayments | undefined
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    if (!order.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The order has no customer whose wallet could be credited")
    }
    const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
    // A market order split from a checkout (@asoud/markets) has no payment, only its share of the
    // checkout's in its collection's captured amount.
    const captured = payments.length
      ? sum(payments.flatMap((p) => p.captures ?? []))
      : sum((order.payment_collections ?? []).map((pc) => ({ amount: pc.captured_amount ?? 0 })))
    const refunded = sum(payments.flatMap((p) => p.refunds ?? []))
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const earlier = await wallets.listWalletEntries({ reference_type: "refund", reference_id: order.id, type: "credit" })
    const toWallet = sum(earlier as unknown as AmountRow[])
    // Every refund the order records (gateway, wallet, a market order's refund mirrored on its
    // checkout, a checkout's refund passed on to a market order) is a negative transaction.
    const recorded = MathBN.mult(sum((order.transactions ?? []).filter((t) => MathBN.lt(t.amount ?? 0, 0))), -1)
    const refundable = MathBN.sub(captured, MathBN.max(MathBN.add(refunded, toWallet), recorded))
    if (!MathBN.gt(input.amount, 0) || MathBN.gt(input.amount, refundable)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A wallet refund must be more than 0 and at most the refundable ${new BigNumber(refundable).numeric}`
      )
    }
    return new StepResponse({ order_id: order.id, customer_id: order.customer_id, currency_code: order.currency_code })
  }
)
