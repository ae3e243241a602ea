import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

type CapturedPayments = { payments?: { captures?: { raw_amount: BigNumberInput }[] }[] }

export const loadPaidTopUpStepId = "load-paid-top-up"

/**
 * The top-up behind a payment collection, only once its payment is captured in full. We read the
 * captures ourselves rather than trust an event's payload: money is credited on server-side facts.
 */
export const loadPaidTopUpStep = createStep(
  loadPaidTopUpStepId,
  async (input: { payment_collection_id: string }, { container }) => {
    const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
    const [topUp] = await wallets.listWalletTopUps({ payment_collection_id: input.payment_collection_id })
    if (!topUp) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No top-up pays through ${input.payment_collection_id}`)
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "payment_collection",
      fields: ["id", "payments.captures.raw_amount"],
      filters: { id: input.payment_collection_id },
    })
    const collection = data[0] as unknown as CapturedPayments | undefined
    const captured = (collection?.payments ?? [])
      .flatMap((payment) => payment.captures ?? [])
      .reduce<BigNumber>((total, capture) => new BigNumber(MathBN.add(total, capture.raw_amount)), new BigNumber(0))
    if (MathBN.lt(captured, topUp.amount)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Top-up ${topUp.id} is not paid yet (${captured.numeric} of ${new BigNumber(topUp.amount).numeric} captured)`
      )
    }
    return new StepResponse(topUp)
  }
)
