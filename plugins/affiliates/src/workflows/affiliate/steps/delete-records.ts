import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordsOf, type AffiliateEntity } from "./records"

/** Soft-deletes rows of one model; compensation restores them. */
export const deleteRecordsStep = createStep(
  "delete-affiliate-records",
  async (input: { entity: AffiliateEntity; ids: string[] }, { container }) => {
    if (input.ids.length) {
      await recordsOf(container, input.entity).softDelete(input.ids)
    }
    return new StepResponse(input.ids, input)
  },
  async (deleted, { container }) => {
    if (deleted?.ids.length) {
      await recordsOf(container, deleted.entity).restore(deleted.ids)
    }
  }
)
