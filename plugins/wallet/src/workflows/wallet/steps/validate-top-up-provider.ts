import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { WALLET_PROVIDER_ID } from "../../../providers/wallet/constants"

export const validateTopUpProviderStepId = "validate-top-up-provider"

/** A top-up is paid through an enabled gateway; paying a wallet from itself makes no sense. */
export const validateTopUpProviderStep = createStep(
  validateTopUpProviderStepId,
  async (input: { provider_id: string }, { container }) => {
    if (input.provider_id === WALLET_PROVIDER_ID) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A wallet cannot be topped up from itself")
    }
    const [provider] = await container
      .resolve(Modules.PAYMENT)
      .listPaymentProviders({ id: input.provider_id, is_enabled: true })
    if (!provider) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Payment provider ${input.provider_id} is not available`)
    }
    return new StepResponse(provider.id)
  }
)
