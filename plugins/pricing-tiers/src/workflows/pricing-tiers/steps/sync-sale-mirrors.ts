import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { syncSaleMirrors } from "../../../lib/sale-mirrors"

export const syncSaleMirrorsStepId = "sync-sale-mirrors"

/**
 * No compensation: mirrors are derived from the public sale lists and rebuilt whole on every run, so
 * the next run (the job runs every minute) repairs any half-done one.
 */
export const syncSaleMirrorsStep = createStep(syncSaleMirrorsStepId, async (_: void, { container }) => {
  return new StepResponse(await syncSaleMirrors(container))
})
