import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordsOf, type AffiliateEntity } from "./records"

export type CreateRecordsInput = { entity: AffiliateEntity; data: Record<string, unknown>[] }

/** Creates rows of one model; compensation deletes them. */
export const createRecordsStep = createStep(
  "create-affiliate-records",
  async (input: CreateRecordsInput, { container }) => {
    const created = input.data.length ? await recordsOf(container, input.entity).create(input.data) : []
    return new StepResponse(created, { entity: input.entity, ids: created.map((row) => row.id) })
  },
  async (created, { container }) => {
    if (created?.ids.length) {
      await recordsOf(container, created.entity).softDelete(created.ids)
    }
  }
)
