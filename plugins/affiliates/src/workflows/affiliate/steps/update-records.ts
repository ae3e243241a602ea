import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordsOf, type AffiliateEntity } from "./records"

export type UpdateRecordsInput = { entity: AffiliateEntity; updates: ({ id: string } & Record<string, unknown>)[] }

/** Updates rows of one model; compensation puts back the previous values of the changed fields. */
export const updateRecordsStep = createStep(
  "update-affiliate-records",
  async (input: UpdateRecordsInput, { container }) => {
    if (!input.updates.length) {
      return new StepResponse([] as Awaited<ReturnType<ReturnType<typeof recordsOf>["update"]>>, { entity: input.entity, previous: [] })
    }
    const records = recordsOf(container, input.entity)
    const fields = [...new Set(input.updates.flatMap((update) => Object.keys(update)))]
    const previous = await records.list({ id: input.updates.map((update) => update.id) }, { select: fields })
    const updated = await records.update(input.updates)
    return new StepResponse(updated, { entity: input.entity, previous })
  },
  async (saved, { container }) => {
    if (saved?.previous.length) {
      await recordsOf(container, saved.entity).update(saved.previous)
    }
  }
)
