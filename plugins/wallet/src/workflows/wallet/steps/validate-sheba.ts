import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { checkSheba } from "../../../lib/sheba"

export const validateShebaStepId = "validate-sheba"

/** Normalises a Sheba number (IR + 24 digits, mod-97) or stops the workflow with a clear 400. */
export const validateShebaStep = createStep(validateShebaStepId, async (input: { iban: string }) => {
  const result = checkSheba(input.iban)
  if (!result.valid) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, result.reason)
  }
  return new StepResponse(result.iban)
})
